import type { INodeProperties } from 'n8n-workflow';

import { meheryResults } from '../../shared/envelope';
import { sessionCloseDescription } from './close';
import { sessionGetMessagesDescription } from './getMessages';
import { sessionResolveDescription } from './resolve';
import { prepareSessionRoute, sessionRouteDescription } from './route';

const showOnlyForSessions = { resource: ['session'] };

/** Every session call answers with InBoundEvents (or messages) in `results`. */
const results = { postReceive: [meheryResults] };

export const sessionDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForSessions },
		options: [
			{
				name: 'Close',
				value: 'close',
				action: 'Close a session',
				description: 'Close the active session',
				routing: { request: { method: 'POST', url: '/api/v1/session/close' }, output: results },
			},
			{
				name: 'Get Messages',
				value: 'getMessages',
				action: 'Get the messages of a session',
				description: 'List every message of a session',
				routing: { request: { method: 'POST', url: '/api/v1/session/messages' }, output: results },
			},
			{
				name: 'Resolve',
				value: 'resolve',
				action: 'Resolve a session',
				description: 'Mark the session resolved, leaving it to the customer to close',
				routing: { request: { method: 'POST', url: '/api/v1/session/resolve' }, output: results },
			},
			{
				name: 'Route',
				value: 'route',
				action: 'Route a session',
				description: 'Assign the session to another queue, agent or team; later inbound messages go there',
				routing: { request: { method: 'POST', url: '/api/v1/session/routing' }, send: { preSend: [prepareSessionRoute] }, output: results },
			},
		],
		default: 'close',
	},
	...sessionCloseDescription,
	...sessionGetMessagesDescription,
	...sessionResolveDescription,
	...sessionRouteDescription,
];
