import type { INodeProperties } from 'n8n-workflow';

import { setPath, waIdOf } from '../../shared/descriptions';
import { chatGetDescription } from './get';
import { chatGetAssignmentEventsDescription, prepareAssignmentEvents } from './getAssignmentEvents';
import { chatGetManyDescription } from './getMany';
import { chatSetAssignmentDescription, prepareSetAssignment } from './setAssignment';
import { chatUpdateAssignmentDescription, prepareUpdateAssignment } from './updateAssignment';

export const chatDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['chat'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a chat',
				// Wabbit API: GET /chats/{wa_id}/, path inferred.
				description: 'Get a chat with its contact, last message, assignment and tags',
				routing: { request: { method: 'GET', url: '' }, send: { preSend: [setPath((ctx) => `/chats/${waIdOf(ctx, 'chat', 'Chat')}/`)] } },
			},
			{
				name: 'Get Assignment',
				value: 'getAssignment',
				action: 'Get the assignment of a chat',
				// Wabbit API: GET /chat_assignment/{wa_id}/, path inferred.
				description: 'Get the user and group a chat is assigned to',
				routing: { request: { method: 'GET', url: '' }, send: { preSend: [setPath((ctx) => `/chat_assignment/${waIdOf(ctx, 'chat', 'Chat')}/`)] } },
			},
			{
				name: 'Get Assignment Events',
				value: 'getAssignmentEvents',
				action: 'Get chat assignment events',
				// Wabbit API: GET /chat_assignment_events/, path inferred.
				description: 'Who assigned which chat to whom, and when, newest first',
				routing: { request: { method: 'GET', url: '/chat_assignment_events/' }, send: { preSend: [prepareAssignmentEvents] } },
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many chats',
				description: 'List chats with their number of new messages, newest activity first',
				routing: { request: { method: 'GET', url: '/chats/' } },
			},
			{
				name: 'Set Assignment',
				value: 'setAssignment',
				action: 'Set the assignment of a chat',
				// Wabbit API: PUT /chat_assignment/{wa_id}/, path inferred.
				description: 'Set both the assigned user and group of a chat; empty fields remove that assignment',
				routing: { request: { method: 'PUT', url: '' }, send: { preSend: [prepareSetAssignment] } },
			},
			{
				name: 'Update Assignment',
				value: 'updateAssignment',
				action: 'Update the assignment of a chat',
				// Wabbit API: PATCH /chat_assignment/{wa_id}/, path inferred.
				description: 'Change only the assigned user or only the group of a chat',
				routing: { request: { method: 'PATCH', url: '' }, send: { preSend: [prepareUpdateAssignment] } },
			},
		],
		default: 'getMany',
	},
	...chatGetDescription,
	...chatGetManyDescription,
	...chatSetAssignmentDescription,
	...chatUpdateAssignmentDescription,
	...chatGetAssignmentEventsDescription,
];
