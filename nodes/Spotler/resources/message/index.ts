import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { idOf, SENT, sentSummaryOutput } from '../../../shared/sent-summary';
import { channelJidOf, contactJidOf, operation } from '../../shared/operations';
import { messageSendDescription, prepareMessageSend } from './send';

/** Spotler answers only {id}; a conversation is the contact on the channel, so its id is the contact JID. */
const sentSummary = sentSummaryOutput((ctx, answer) => {
	const contactJid = contactJidOf(ctx, channelJidOf(ctx));
	return { messageId: idOf(answer.id), recipient: contactJid, conversationId: contactJid, status: SENT };
});

export const messageDescription: INodeProperties[] = [
	operationSelector(
		'message',
		[
			operation({
				name: 'Send',
				value: 'send',
				action: 'Send a message',
				description: 'Send a text, media, location, contact, template or interactive message to a contact',
				method: 'POST',
				path: '/channels/{channel}/messages/{contact}',
				preSend: [prepareMessageSend],
				output: [sentSummary],
			}),
		],
		'send',
	),
	...messageSendDescription,
];
