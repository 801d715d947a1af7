import type { IDataObject, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import type { BotWebhookPayload } from '../../schemas/social25/types.generated';
import { simplifyProperty, triggerNodeDescription } from '../shared/trigger-node';
import { unknownDeliveryItem } from '../shared/unknown-delivery';
import { refusedWithoutSecret, requiredSecretProperty, secretRequiredWebhookMethods, type SecretRequirement } from '../shared/unregistered-webhook';
import { social25BotPayloadToCommon } from './shared/common-message';

/** Where a delivery may carry the shared secret: this header, or the `secret` query parameter of the URL. */
export const VERIFICATION_HEADER = 'x-social25-secret';
export const VERIFICATION_QUERY_PARAMETER = 'secret';

const PLATFORMS = [
	{ name: 'Facebook', value: 'facebook' },
	{ name: 'Kik', value: 'kik' },
	{ name: 'Messagebird', value: 'messagebird' },
	{ name: 'SMS', value: 'sms' },
	{ name: 'Telegram', value: 'telegram' },
	{ name: 'WhatsApp', value: 'whatsapp' },
];

const MESSAGE_TYPES = [
	{ name: 'Audio', value: 'AUDIO' },
	{ name: 'Event', value: 'EVENT', description: 'E.g. a button press or "Get Started".' },
	{ name: 'File', value: 'FILE' },
	{ name: 'Image', value: 'IMAGE' },
	{ name: 'Location', value: 'LOCATION' },
	{ name: 'Text', value: 'TEXT' },
	{ name: 'Video', value: 'VIDEO' },
];

/** Version 2 requires the Shared Secret, both to activate and in every delivery. */
const SHARED_SECRET: SecretRequirement = {
	parameter: 'secret',
	sinceVersion: 2,
	message: 'Set a Shared Secret before activating',
	description:
		'Without it anyone who learns the URL could start this workflow. Choose a long random string, put it in Shared Secret, and give Social25 the Production URL with ?secret=<that string> appended.',
};

export class Social25Trigger implements INodeType {
	description: INodeTypeDescription = {
		...triggerNodeDescription({
			displayName: 'Social25 Trigger',
			name: 'social25Trigger',
			description: 'Starts the workflow when a customer sends a message on a Social25 platform: WhatsApp, SMS, Facebook Messenger, Telegram and more (bot webhook)',
			// Version 2 requires the shared secret; version 1 (saved workflows) keeps it optional.
			version: [1, 2],
			defaultVersion: 2,
			properties: [
				{
					displayName:
						'Social25 posts every inbound message to a bot URL that it configures per platform; there is no API for it. Copy the Production URL above (add ?secret=<your secret> if you set a Shared Secret below) and e-mail it to support@gen25.com with the platforms it is for. Activate the workflow before messages arrive.',
					name: 'registrationNotice',
					type: 'notice',
					default: '',
					displayOptions: { show: { '@version': [1] } },
				},
				{
					displayName: 'Shared Secret',
					name: 'secret',
					type: 'string',
					typeOptions: { password: true },
					default: '',
					description: 'Optional. When set, deliveries must carry it in the X-Social25-Secret header or as ?secret=... in the URL; others are refused with 401.',
					displayOptions: { show: { '@version': [1] } },
				},
				{
					displayName:
						'Social25 posts every inbound message to a bot URL that it configures per platform; there is no API for it, and Social25 offers no header or signature to check its calls by. So the secret travels in the URL: copy the Production URL above, append ?secret= and your Shared Secret, and e-mail that URL to support@gen25.com with the platforms it is for. Activate the workflow before messages arrive.',
					name: 'registrationNotice',
					type: 'notice',
					default: '',
					displayOptions: { show: { '@version': [2] } },
				},
				requiredSecretProperty(
					SHARED_SECRET,
					'Shared Secret',
					'A long random string of your choice, sent by Social25 as ?secret=... in the bot URL (or in an X-Social25-Secret header, if support sets one). Deliveries without it are refused with 401; the workflow cannot be activated without it.',
				),
				{
					displayName: 'Platforms',
					name: 'platforms',
					type: 'multiOptions',
					default: [],
					options: PLATFORMS,
					description: 'Only start for messages from these platforms. None selected: all platforms.',
				},
				{
					displayName: 'Message Types',
					name: 'messageTypes',
					type: 'multiOptions',
					default: [],
					options: MESSAGE_TYPES,
					description: 'Only start for these kinds of message. None selected: all types.',
				},
				simplifyProperty("Social25's payload", "Social25's payload"),
			],
		}),
		// n8n's scanner reads these only from the class's own literal.
		icon: { light: 'file:social25.svg', dark: 'file:social25.dark.svg' },
		subtitle: 'On inbound message',
	};

	/**
	 * Social25 has no API for bot URLs: they are configured by Social25 on request (see the notice).
	 * So there is nothing for n8n to check, create or delete on activation; from version 2 on,
	 * activation only checks that a secret is set.
	 */
	webhookMethods = secretRequiredWebhookMethods(SHARED_SECRET);

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const presented = () => [(this.getHeaderData() as Record<string, unknown>)[VERIFICATION_HEADER], (this.getQueryData() as Record<string, unknown>)[VERIFICATION_QUERY_PARAMETER]];
		if (refusedWithoutSecret(this, SHARED_SECRET, presented, () => 'Unauthorized: missing or wrong secret')) return { noWebhookResponse: true };
		const platforms = new Set((this.getNodeParameter('platforms', []) as string[]).map((p) => p.toLowerCase()));
		const types = new Set((this.getNodeParameter('messageTypes', []) as string[]).map((t) => t.toUpperCase()));
		const body = this.getBodyData() as unknown;
		const elements = Array.isArray(body) ? body : [body];
		const isMessage = (m: unknown): m is BotWebhookPayload => !!m && typeof m === 'object' && typeof (m as BotWebhookPayload).conversation_id === 'string';
		// Messages are filtered; anything else (e.g. the "state changes" the doc promises without a payload) is passed on.
		const wanted = elements.filter(isMessage).filter((m) => (platforms.size === 0 || platforms.has(String(m.platform).toLowerCase())) && (types.size === 0 || types.has(String(m.type).toUpperCase())));
		const unknown = elements.filter((m) => !isMessage(m)).map((m) => unknownDeliveryItem(this, m));
		if (wanted.length === 0 && unknown.length === 0) return { webhookResponse: { status: 'ignored' } };
		const messages = this.getNodeParameter('simplify', true) ? wanted.map(social25BotPayloadToCommon) : wanted;
		return { workflowData: [this.helpers.returnJsonArray([...(messages as unknown as IDataObject[]), ...unknown])] };
	}
}
