import type { IDataObject, IHookFunctions, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import type { InBoundContact, InBoundWrapper } from '../../schemas/mehery/types.generated';
import { simplifyProperty, triggerNodeDescription } from '../shared/trigger-node';
import { unknownDeliveryItem } from '../shared/unknown-delivery';
import { meheryInboundToCommon, type MeheryTriggerItem } from './shared/common-message';
import { meheryApiRequest } from './shared/transport';
import { requireVerifyToken, verifyDelivery } from './shared/verify-token';

type Kind = 'message' | 'status' | 'event' | 'action';

/** Wrapper arrays and the kind of item each holds. */
const MEMBERS: Array<{ member: 'messages' | 'statuses' | 'events' | 'actions'; kind: Kind }> = [
	{ member: 'messages', kind: 'message' },
	{ member: 'statuses', kind: 'status' },
	{ member: 'events', kind: 'event' },
	{ member: 'actions', kind: 'action' },
];

interface TriggerStaticData extends IDataObject {
	webhookUrl?: string;
}

export class MeheryTrigger implements INodeType {
	description: INodeTypeDescription = {
		...triggerNodeDescription({
			displayName: 'Mehery Trigger',
			name: 'meheryTrigger',
			description: 'Starts the workflow when Mehery reports inbound WhatsApp, SMS, Telegram, Instagram, Facebook, Twitter, email or web chat messages, delivery statuses, session events or actions',
			version: 1,
			credentialType: 'meheryApi',
			properties: [
				{
					displayName: "Activating the workflow sets this trigger as the account's webhook URL (Mehery keeps one per account). Deliveries must carry the Webhook Verify Token of the credential.",
					name: 'notice',
					type: 'notice',
					default: '',
				},
				{
					displayName: 'Trigger On',
					name: 'kinds',
					type: 'multiOptions',
					required: true,
					default: ['message'],
					// The most used first: the node creator lists the kinds (by their action) in this order.
					options: [
						{ name: 'Inbound Messages', value: 'message', action: 'On new message', description: 'Messages from your contacts' },
						{ name: 'Delivery Statuses', value: 'status', action: 'On delivery status', description: 'Sent, delivered, read, failed or deleted reports of your messages' },
						{ name: 'Session Events', value: 'event', action: 'On session event', description: 'Session changes, e.g. SESSION_ROUTED' },
						{ name: 'Actions', value: 'action', action: 'On agent or service action', description: 'Actions triggered by an agent or service, e.g. SEND_INVOICE' },
					],
					description: 'Each message, status, event or action of a notification becomes one item',
				},
				{
					displayName: 'Delivery Statuses',
					name: 'statuses',
					type: 'multiOptions',
					default: ['READ', 'DLVRD', 'SENT', 'FAILD', 'DELTD'],
					options: [
						{ name: 'Deleted (DELTD)', value: 'DELTD' },
						{ name: 'Delivered (DLVRD)', value: 'DLVRD' },
						{ name: 'Failed (FAILD)', value: 'FAILD' },
						{ name: 'Read (READ)', value: 'READ' },
						{ name: 'Sent (SENT)', value: 'SENT' },
					],
					description: 'Which delivery statuses start the workflow',
					displayOptions: { show: { kinds: ['status'] } },
				},
				{
					displayName: 'Message Types',
					name: 'messageTypes',
					type: 'multiOptions',
					default: [],
					options: [
						{ name: 'Audio', value: 'audio' },
						{ name: 'Document', value: 'document' },
						{ name: 'Image', value: 'image' },
						{ name: 'Location', value: 'location' },
						{ name: 'System', value: 'system' },
						{ name: 'Text', value: 'text' },
						{ name: 'Video', value: 'video' },
						{ name: 'Voice', value: 'voice' },
					],
					description: 'Which inbound message types start the workflow; none picked means all',
					displayOptions: { show: { kinds: ['message'] } },
				},
				{
					displayName: 'Event Codes',
					name: 'eventCodes',
					type: 'string',
					default: '',
					placeholder: 'SESSION_ROUTED, SESSION_CLOSED',
					description: 'Comma-separated event codes that start the workflow; empty means all',
					displayOptions: { show: { kinds: ['event'] } },
				},
				simplifyProperty("Mehery's item", "Mehery's item"),
			],
		}),
		// n8n's scanner reads these only from the class's own literal.
		icon: { light: 'file:mehery.svg', dark: 'file:mehery.dark.svg' },
		subtitle: '={{"On " + $parameter["kinds"].join(", ")}}',
	};

	webhookMethods = {
		default: {
			/** Mehery has no call that reads the webhook URL back, so activation always sets it. */
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return false;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				await requireVerifyToken(this, "Without it the trigger cannot tell Mehery's notifications from forged ones.");
				const url = this.getNodeWebhookUrl('default') as string;
				await meheryApiRequest.call(this, 'POST', '/api/v1/config/webhook', { url });
				(this.getWorkflowStaticData('node') as TriggerStaticData).webhookUrl = url;
				return true;
			},
			/** The API cannot remove a webhook URL; the next activation (anywhere) replaces it. */
			async delete(this: IHookFunctions): Promise<boolean> {
				delete (this.getWorkflowStaticData('node') as TriggerStaticData).webhookUrl;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		if (!(await verifyDelivery(this))) return { noWebhookResponse: true };
		const wrapper = this.getBodyData() as unknown as InBoundWrapper;
		// A notification with none of the four arrays is not the documented wrapper: passed on as `unknown`.
		if (!MEMBERS.some(({ member }) => Array.isArray(wrapper?.[member]))) {
			return { webhookResponse: wrapper, workflowData: [this.helpers.returnJsonArray([unknownDeliveryItem(this, wrapper)])] };
		}
		const kinds = new Set(this.getNodeParameter('kinds') as Kind[]);
		const statuses = new Set(this.getNodeParameter('statuses', []) as string[]);
		const messageTypes = new Set(this.getNodeParameter('messageTypes', []) as string[]);
		const eventCodes = new Set(
			String(this.getNodeParameter('eventCodes', '') ?? '')
				.split(',')
				.map((c) => c.trim().toUpperCase())
				.filter(Boolean),
		);
		const contacts = Array.isArray(wrapper?.contacts) ? wrapper.contacts : [];
		// Paired by contactId; the lone contact is used only for an element that names none, never
		// for one that names another contact.
		const contactFor = (contactId: unknown): InBoundContact | undefined =>
			contactId === undefined || contactId === null || contactId === '' ? (contacts.length === 1 ? contacts[0] : undefined) : contacts.find((c) => String(c.contactId) === String(contactId));

		const items: IDataObject[] = [];
		for (const { member, kind } of MEMBERS) {
			if (!kinds.has(kind)) continue;
			for (const element of (Array.isArray(wrapper?.[member]) ? wrapper[member] : []) as unknown as IDataObject[]) {
				if (kind === 'status' && !statuses.has(String(element.status))) continue;
				if (kind === 'message' && messageTypes.size > 0 && !messageTypes.has(String(element.type))) continue;
				if (kind === 'event' && eventCodes.size > 0 && !eventCodes.has(String(element.eventCode).toUpperCase())) continue;
				items.push({ kind, ...element, contact: contactFor(element.contactId) as IDataObject | undefined, meta: wrapper.meta as IDataObject | undefined });
			}
		}
		// The doc declares the notification itself as the 200 answer, so it is echoed back.
		if (items.length === 0) return { webhookResponse: wrapper };
		const output = this.getNodeParameter('simplify', true) ? items.map((item) => meheryInboundToCommon(item as unknown as MeheryTriggerItem) as unknown as IDataObject) : items;
		return { webhookResponse: wrapper, workflowData: [this.helpers.returnJsonArray(output)] };
	}
}
