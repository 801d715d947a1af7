import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { TextMessageRequest } from '../../../../schemas/social25/types.generated';
import { checkLength } from '../../../shared/limits';
import { fieldError } from '../../../shared/validation';
import { SOCIAL25_LIMITS } from '../../shared/limits';
import { MESSAGES_URL } from './url';
import { social25SentSummary } from '../../shared/sent';

export const messageSendTextDescription: INodeProperties[] = [
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		default: '',
		required: true,
		typeOptions: { rows: 3 },
		description: 'The message text. On WhatsApp, free text reaches a customer only within 24 hours of their last message.',
		displayOptions: { show: { resource: ['message'], operation: ['sendText'] } },
	},
];

export async function prepareSendText(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const text = String(this.getNodeParameter('text', '') ?? '');
	if (text.trim() === '') throw fieldError(this, '"Text"', 'is empty');
	checkLength(this, 'Text', text, SOCIAL25_LIMITS.text);
	const body: TextMessageRequest = { type: 'text', text };
	requestOptions.body = body;
	return requestOptions;
}

export const messageSendText: INodePropertyOptions = {
	name: 'Send Text',
	value: 'sendText',
	action: 'Send a text message',
	description: 'Send a text message to a conversation',
	routing: { request: { method: 'POST', url: MESSAGES_URL }, send: { preSend: [prepareSendText] }, output: { postReceive: [social25SentSummary] } },
};
