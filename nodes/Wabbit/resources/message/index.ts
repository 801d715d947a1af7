import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { idOf, SENT, sentSummaryOutput } from '../../../shared/sent-summary';
import { simplifyMessagePage } from '../../shared/common-message';
import { messageGetManyDescription, prepareMessageList } from './getMany';
import { markAsReceivedOutput, messageChatDescription, messageMarkAsReceivedDescription, prepareMarkAsReceived } from './markAsReceived';
import { messageSendDescription, prepareMessageSend } from './send';

/**
 * Wabbit answers with WhatsApp's own {waba_response: {messages: [{id}]}} (or less: the document
 * prints variants); a chat is the customer's wa_id, so it is both the recipient and the conversation.
 */
const sentSummary = sentSummaryOutput((ctx, answer) => {
	const waId = String(ctx.getNodeParameter('chat', '', { extractValue: true }) ?? '').trim();
	const sent = ((answer.waba_response as IDataObject | undefined)?.messages as IDataObject[] | undefined)?.[0];
	return { messageId: idOf(sent?.id), recipient: idOf(waId), conversationId: idOf(waId), status: idOf(sent?.message_status) ?? SENT };
});

export const messageDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['message'] } },
		// The most used operation first: the node creator lists actions in this order.
		options: [
			{
				name: 'Send',
				value: 'send',
				action: 'Send a message',
				description: 'Send a text, media, location, contacts or template message to a chat',
				routing: {
					request: { method: 'POST', url: '/messages/' },
					send: { preSend: [prepareMessageSend] },
					output: { postReceive: [sentSummary] },
				},
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many messages',
				description: 'List messages, newest first; Return All pages back with before_time',
				routing: {
					request: { method: 'GET', url: '/messages/' },
					send: { preSend: [prepareMessageList] },
					output: { postReceive: [simplifyMessagePage] },
				},
			},
			{
				name: 'Mark As Received',
				value: 'markAsReceived',
				action: 'Mark messages as received',
				description: 'Mark a chat\'s messages up to a time as received by the credential\'s user',
				routing: {
					request: { method: 'POST', url: '/mark_as_received/' },
					send: { preSend: [prepareMarkAsReceived] },
					output: { postReceive: [markAsReceivedOutput] },
				},
			},
		],
		default: 'send',
	},
	messageChatDescription,
	...messageSendDescription,
	...messageMarkAsReceivedDescription,
	...messageGetManyDescription,
];
