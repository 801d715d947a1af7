import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import type { MessageSendRequest, OutgoingMessage } from '../../../../schemas/spotler/types.generated';
import { fieldError } from '../../../shared/validation';
import { channelLocator } from '../../shared/descriptions';
import { JidError, jidPath, toChannelJid, toContactJid } from '../../shared/jid';

const showOnlyForMessageSend = { operation: ['send'], resource: ['message'] };

export const messageSendDescription: INodeProperties[] = [
	{ ...channelLocator, displayOptions: { show: showOnlyForMessageSend } },
	{
		displayName: 'Contact',
		name: 'contact',
		type: 'string',
		default: '',
		required: true,
		placeholder: '+31 6 12345678',
		description:
			'Who to send to: a phone number in international format for WhatsApp and SMS channels, or the contact JID (e.g. 31612345678@whatsapp.eazy.im)',
		displayOptions: { show: showOnlyForMessageSend },
	},
	{
		displayName: 'Message Type',
		name: 'messageType',
		type: 'options',
		default: 'text',
		options: [{ name: 'Text', value: 'text' }],
		displayOptions: { show: showOnlyForMessageSend },
	},
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		default: '',
		required: true,
		typeOptions: { rows: 3 },
		description: 'The message text. On WhatsApp, free text reaches a customer only within 24 hours of their last message.',
		displayOptions: { show: { ...showOnlyForMessageSend, messageType: ['text'] } },
	},
];

function buildMessage(this: IExecuteSingleFunctions): OutgoingMessage {
	const type = this.getNodeParameter('messageType') as OutgoingMessage['type'];
	if (type === 'text') {
		const body = String(this.getNodeParameter('text', '') ?? '');
		if (body.trim() === '') throw fieldError(this, '"Text"', 'is empty');
		return { type: 'text', body };
	}
	throw fieldError(this, '"Message Type"', `"${type}" is not supported`);
}

/** Builds the path from the channel and contact (JIDs are built and encoded here) and the body. */
export async function prepareMessageSend(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const channelInput = String(this.getNodeParameter('channel', undefined, { extractValue: true }) ?? '');
	const contactInput = String(this.getNodeParameter('contact', '') ?? '');
	if (channelInput.trim() === '') throw fieldError(this, '"Channel"', 'is empty');
	if (contactInput.trim() === '') throw fieldError(this, '"Contact"', 'is empty');
	let channelJid: string;
	let contactJid: string;
	try {
		channelJid = toChannelJid(channelInput);
	} catch (error) {
		if (error instanceof JidError) throw fieldError(this, '"Channel"', error.message.replace(/^"[^"]*" /, `"${channelInput}" `));
		throw error;
	}
	try {
		contactJid = toContactJid(contactInput, channelJid);
	} catch (error) {
		if (error instanceof JidError) throw fieldError(this, '"Contact"', error.message.replace(/^"[^"]*" /, `"${contactInput}" `));
		throw error;
	}
	const body: MessageSendRequest = { message: buildMessage.call(this) };
	requestOptions.url = `/channels/${jidPath(channelJid)}/messages/${jidPath(contactJid)}`;
	requestOptions.body = body;
	return requestOptions;
}
