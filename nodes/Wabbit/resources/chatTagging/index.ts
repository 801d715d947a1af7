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
				// Wabbit API: POST /chat_tagging/, method and path inferred.
				description: 'Tag a chat',
				routing: { request: { method: 'POST', url: '/chat_tagging/' }, send: { preSend: [prepareChatTaggingCreate] } },
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Remove a chat tagging',
				// Wabbit API: DELETE /chat_tagging/{ID}/, inferred: the doc implies it but shows no operation.
				description: 'Remove a tag from a chat',
				routing: { request: { method: 'DELETE', url: '' }, send: { preSend: [byId] }, output: { postReceive: [chatTaggingDeleteOutput] } },
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a chat tagging',
				// Wabbit API: GET /chat_tagging/{ID}/, method and path inferred.
				description: 'Get one chat tagging by ID',
				routing: { request: { method: 'GET', url: '' }, send: { preSend: [byId] } },
			},
			{
				name: 'Get Events',
				value: 'getEvents',
				action: 'Get chat tagging events',
				// Wabbit API: GET /chat_tagging_events/, path inferred.
				description: 'Who added or removed which tag, and when, newest first',
				routing: { request: { method: 'GET', url: '/chat_tagging_events/' }, send: { preSend: [prepareChatTaggingEvents] } },
			},
		],
		default: 'create',
	},
	...chatTaggingCreateDescription,
	...chatTaggingGetDescription,
	...chatTaggingGetEventsDescription,
];
