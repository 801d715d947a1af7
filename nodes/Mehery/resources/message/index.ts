import type { INodeProperties } from 'n8n-workflow';

import { idOf, SENT, sentSummaryOutput } from '../../../shared/sent-summary';
import { meheryData } from '../../shared/envelope';
import { messageSendDescription, prepareMessageSend } from './send';

/**
 * Mehery's receipt holds only the message id; the session the message joins is not in it, so the
 * conversation stays null (Session > Get Messages or the trigger's sessionId has it).
 */
const sentSummary = sentSummaryOutput((ctx, answer) => ({
	messageId: idOf(answer.id),
	recipient: idOf(String(ctx.getNodeParameter('recipient', '') ?? '').trim()),
	conversationId: null,
	status: idOf(answer.status) ?? SENT,
}));

const showOnlyForMessages = { resource: ['message'] };

export const messageDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForMessages },
		options: [
			{
				name: 'Send',
				value: 'send',
				action: 'Send a message',
				description: 'Send a text, media, location, contact card, template or opt-in/out message',
				routing: {
					request: { method: 'POST', url: '/api/v1/message/send' },
					send: { preSend: [prepareMessageSend] },
					output: { postReceive: [meheryData, sentSummary] },
				},
			},
		],
		default: 'send',
	},
	...messageSendDescription,
];
