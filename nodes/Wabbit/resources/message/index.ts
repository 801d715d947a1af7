import type { INodeProperties } from 'n8n-workflow';

import { simplifyMessagePage } from '../../shared/common-message';
import { messageGetManyDescription, prepareMessageList } from './getMany';
import { markAsReceivedOutput, messageChatDescription, messageMarkAsReceivedDescription, prepareMarkAsReceived } from './markAsReceived';
import { messageSendDescription, prepareMessageSend } from './send';

export const messageDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['message'] } },
		options: [
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
			{
				name: 'Send',
				value: 'send',
				action: 'Send a message',
				description: 'Send a text, media, location, contacts or template message to a chat',
				routing: { request: { method: 'POST', url: '/messages/' }, send: { preSend: [prepareMessageSend] } },
			},
		],
		default: 'send',
	},
	messageChatDescription,
	...messageSendDescription,
	...messageMarkAsReceivedDescription,
	...messageGetManyDescription,
];
