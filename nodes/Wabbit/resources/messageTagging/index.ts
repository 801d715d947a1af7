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
				description: 'Tag a message; its chat gets the same tag (POST /message_tagging/, method and path inferred)',
				routing: { request: { method: 'POST', url: '/message_tagging/' }, send: { preSend: [prepareMessageTaggingCreate] } },
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Remove a message tagging',
				description: 'Remove a tag from a message (DELETE /message_tagging/{ID}/, inferred: the doc implies it but shows no operation)',
				routing: { request: { method: 'DELETE', url: '' }, send: { preSend: [byId] }, output: { postReceive: [messageTaggingDeleteOutput] } },
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a message tagging',
				description: 'Get one message tagging by ID (GET /message_tagging/{ID}/, method and path inferred)',
				routing: { request: { method: 'GET', url: '' }, send: { preSend: [byId] } },
			},
			{
				name: 'Get Events',
				value: 'getEvents',
				action: 'Get message tagging events',
				description: 'Who added or removed which tag, and when, newest first (GET /message_tagging_events/, path inferred)',
				routing: { request: { method: 'GET', url: '/message_tagging_events/' }, send: { preSend: [prepareMessageTaggingEvents] } },
			},
		],
		default: 'create',
	},
	...messageTaggingCreateDescription,
	...messageTaggingGetDescription,
	...messageTaggingGetEventsDescription,
];
