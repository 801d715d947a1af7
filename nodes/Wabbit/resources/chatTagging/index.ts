import type { INodeProperties } from 'n8n-workflow';

import { setPath } from '../../shared/descriptions';
import { chatTaggingCreateDescription, prepareChatTaggingCreate } from './create';
import { chatTaggingDeleteOutput } from './delete';
import { chatTaggingGetDescription } from './get';
import { chatTaggingGetEventsDescription, prepareChatTaggingEvents } from './getEvents';

const byId = setPath((ctx) => `/chat_tagging/${ctx.getNodeParameter('taggingId') as number}/`);

export const chatTaggingDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['chatTagging'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Tag a chat',
				description: 'Tag a chat (POST /chat_tagging/, method and path inferred)',
				routing: { request: { method: 'POST', url: '/chat_tagging/' }, send: { preSend: [prepareChatTaggingCreate] } },
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Remove a chat tagging',
				description: 'Remove a tag from a chat (DELETE /chat_tagging/{ID}/, inferred: the doc implies it but shows no operation)',
				routing: { request: { method: 'DELETE', url: '' }, send: { preSend: [byId] }, output: { postReceive: [chatTaggingDeleteOutput] } },
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a chat tagging',
				description: 'Get one chat tagging by ID (GET /chat_tagging/{ID}/, method and path inferred)',
				routing: { request: { method: 'GET', url: '' }, send: { preSend: [byId] } },
			},
			{
				name: 'Get Events',
				value: 'getEvents',
				action: 'Get chat tagging events',
				description: 'Who added or removed which tag, and when, newest first (GET /chat_tagging_events/, path inferred)',
				routing: { request: { method: 'GET', url: '/chat_tagging_events/' }, send: { preSend: [prepareChatTaggingEvents] } },
			},
		],
		default: 'create',
	},
	...chatTaggingCreateDescription,
	...chatTaggingGetDescription,
	...chatTaggingGetEventsDescription,
];
