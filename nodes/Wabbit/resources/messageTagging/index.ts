import type { INodeProperties } from 'n8n-workflow';

import { setPath } from '../../shared/descriptions';
import { messageTaggingCreateDescription, prepareMessageTaggingCreate } from './create';
import { messageTaggingDeleteOutput } from './delete';
import { messageTaggingGetDescription } from './get';
import { messageTaggingGetEventsDescription, prepareMessageTaggingEvents } from './getEvents';

const byId = setPath((ctx) => `/message_tagging/${ctx.getNodeParameter('taggingId') as number}/`);

export const messageTaggingDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['messageTagging'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Tag a message',
				// Wabbit API: POST /message_tagging/, method and path inferred.
				description: 'Tag a message; its chat gets the same tag',
				routing: { request: { method: 'POST', url: '/message_tagging/' }, send: { preSend: [prepareMessageTaggingCreate] } },
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Remove a message tagging',
				// Wabbit API: DELETE /message_tagging/{ID}/, inferred: the doc implies it but shows no operation.
				description: 'Remove a tag from a message',
				routing: { request: { method: 'DELETE', url: '' }, send: { preSend: [byId] }, output: { postReceive: [messageTaggingDeleteOutput] } },
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a message tagging',
				// Wabbit API: GET /message_tagging/{ID}/, method and path inferred.
				description: 'Get one message tagging by ID',
				routing: { request: { method: 'GET', url: '' }, send: { preSend: [byId] } },
			},
			{
				name: 'Get Events',
				value: 'getEvents',
				action: 'Get message tagging events',
				// Wabbit API: GET /message_tagging_events/, path inferred.
				description: 'Who added or removed which tag, and when, newest first',
				routing: { request: { method: 'GET', url: '/message_tagging_events/' }, send: { preSend: [prepareMessageTaggingEvents] } },
			},
		],
		default: 'create',
	},
	...messageTaggingCreateDescription,
	...messageTaggingGetDescription,
	...messageTaggingGetEventsDescription,
];
