/**
 * The three ways the broadcast benchmark sends the same template message to N recipients.
 * (a) and (b) use this package's nodes; (c) is what a user builds without it: n8n's own HTTP
 * Request node posting once per recipient to the same provider route as (b).
 */
import type { ICredentialDataDecryptedObject, INodeExecutionData } from 'n8n-workflow';

import type { NodeSpec } from '../../test/harness';

export interface PlanInput {
	n: number;
	mockUrl: string;
	credentials: Record<string, any>;
}

export interface Plan {
	/** Run in a line; the recipients enter the first one. */
	nodes: NodeSpec[];
	items: INodeExecutionData[];
	credentials: Record<string, ICredentialDataDecryptedObject>;
}

export interface Variant {
	name: string;
	/** Mock slug whose request log counts the HTTP requests made. */
	provider: string;
	plan(input: PlanInput): Plan;
}

/** Distinct WhatsApp numbers that the mocks accept (numbers ending in 0000 play "no WhatsApp"). */
export function recipient(i: number): string {
	const local = String(10_000_001 + i * 3).slice(-8);
	return `316${local.endsWith('0000') ? `${local.slice(0, 7)}7` : local}`;
}

function recipients(n: number): INodeExecutionData[] {
	return Array.from({ length: n }, (_, i) => ({ json: { phone: `+${recipient(i)}`, name: `Customer ${i + 1}`, order: `A-${100_000 + i}` } }));
}

const TEMPLATE = { name: 'delivery_notification', language: 'en' };

export const VARIANTS: Record<string, Variant> = {
	'social25-bulk': {
		name: '(a) Social25 nodes: Initiate Conversations, then Send in Bulk (batches of 500)',
		provider: 'social25',
		plan: ({ n, credentials }) => ({
			credentials: { social25Api: credentials.social25.credential },
			items: recipients(n),
			nodes: [
				{ type: 'n8n-nodes-base.noOp', name: 'Recipients', typeVersion: 1, parameters: {} },
				{
					type: 'social25',
					name: 'Initiate',
					parameters: {
						resource: 'conversation',
						operation: 'initiate',
						platform: { __rl: true, mode: 'id', value: credentials.social25.samples.whatsappPlatformExternalId },
						phoneNumber: '={{ $json.phone }}',
						batchSize: 500,
					},
				},
				{
					type: 'social25',
					name: 'Send in Bulk',
					// Version 1 (Body Parameters); version 2 reads Template Variables and checks them first.
					typeVersion: 1,
					parameters: {
						resource: 'message',
						operation: 'sendBulk',
						conversationId: { __rl: true, mode: 'id', value: '={{ $json.conversation_id }}' },
						bulkMessageType: 'media_hsm',
						language: credentials.social25.samples.templateLanguage,
						template: { __rl: true, mode: 'name', value: credentials.social25.samples.templateName },
						bodyParameters: { parameter: [{ text: "={{ $('Recipients').item.json.name }}" }, { text: "={{ $('Recipients').item.json.order }}" }] },
						batchSize: 500,
					},
				},
			],
		}),
	},
	'spotler-per-recipient': {
		name: '(b) Spotler node, one send per recipient',
		provider: 'spotler',
		plan: ({ n, credentials }) => ({
			credentials: { spotlerApi: credentials.spotler.credential },
			items: recipients(n),
			nodes: [{
				type: 'spotler',
				parameters: {
					resource: 'message',
					operation: 'send',
					channel: { mode: 'id', value: credentials.spotler.samples.channelJid },
					contact: '={{ $json.phone }}',
					messageType: 'template',
					template: { mode: 'id', value: TEMPLATE.name },
					templateLanguage: TEMPLATE.language,
					templateParameters: { parameter: [{ value: '={{ $json.name }}' }, { value: '={{ $json.order }}' }, { value: 'Monday' }] },
				},
			}],
		}),
	},
	'http-request-per-recipient': {
		name: "(c) n8n's HTTP Request node, one POST per recipient",
		provider: 'spotler',
		plan: ({ n, credentials }) => {
			const { baseUrl, apiKey } = credentials.spotler.credential;
			const channel = encodeURIComponent(credentials.spotler.samples.channelJid);
			return {
				credentials: {},
				items: recipients(n),
				nodes: [{
					type: 'n8n-nodes-base.httpRequest',
					name: 'HTTP Request',
					typeVersion: 4.2,
					parameters: {
						method: 'POST',
						url: `=${baseUrl}/channels/${channel}/messages/{{ encodeURIComponent($json.phone.replace('+', '') + '@whatsapp.eazy.im') }}`,
						sendHeaders: true,
						headerParameters: { parameters: [{ name: 'Authorization', value: `Bearer ${apiKey}` }] },
						sendBody: true,
						specifyBody: 'json',
						jsonBody: `={{ JSON.stringify({ message: { type: 'template', template: { name: '${TEMPLATE.name}', language: '${TEMPLATE.language}', parameters: [$json.name, $json.order, 'Monday'] } } }) }}`,
						options: {},
					},
				}],
			};
		},
	},
};
