import type { INodeProperties } from 'n8n-workflow';

import { simplifyResults } from '../../shared/common-message';
import { resultIdField } from '../../shared/descriptions';
import { outputReply, outputResult, outputResults, outputResultWithContext } from '../../shared/output';
import { prepareResultGet } from './get';
import { prepareResultGetWithoutContext } from './getWithoutContext';
import { prepareResultReply, resultReplyDescription } from './reply';
import { prepareResultSearch, resultSearchDescription } from './search';
import { describeSentEvent, prepareResultSendEvent, resultSendEventDescription } from './sendEvent';

const showOnlyForResults = { resource: ['result'] };

export const resultDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForResults },
		// The most used operation first: the node creator lists actions in this order.
		options: [
			{
				name: 'Reply',
				value: 'reply',
				action: 'Reply to a result',
				description: 'Reply publicly or privately to a result that accepts replies',
				routing: {
					request: { method: 'POST', url: '/results' },
					send: { preSend: [prepareResultReply] },
					output: { postReceive: [outputReply] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a result with context',
				description: 'Get a result and up to 10 other results of its case',
				routing: {
					request: { method: 'GET', url: '/results' },
					send: { preSend: [prepareResultGet] },
					output: { postReceive: [outputResultWithContext] },
				},
			},
			{
				name: 'Get Without Context',
				value: 'getWithoutContext',
				action: 'Get a result without context',
				description: 'Get only the result itself',
				routing: {
					request: { method: 'GET', url: '/results' },
					send: { preSend: [prepareResultGetWithoutContext] },
					output: { postReceive: [outputResult, simplifyResults] },
				},
			},
			{
				name: 'Search',
				value: 'search',
				action: 'Search results in a search profile',
				description: 'Get the results of a search profile, filtered',
				routing: {
					request: { method: 'GET', url: '/results' },
					send: { preSend: [prepareResultSearch] },
					output: { postReceive: [outputResults, simplifyResults] },
				},
			},
			{
				name: 'Send Event',
				value: 'sendEvent',
				action: 'Send an event on a result',
				description: 'Start or stop typing, or open or close a result',
				routing: {
					request: { method: 'POST', url: '/results' },
					send: { preSend: [prepareResultSendEvent] },
					output: { postReceive: [describeSentEvent] },
				},
			},
		],
		default: 'search',
	},
	{ ...resultIdField, displayOptions: { show: { ...showOnlyForResults, operation: ['get', 'getWithoutContext', 'reply', 'sendEvent'] } } },
	...resultSearchDescription,
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to output the common message shape shared by every provider of this package (the result stays under "raw"), instead of Parley\'s result as is',
		displayOptions: { show: { ...showOnlyForResults, operation: ['getWithoutContext', 'search'] } },
	},
	...resultReplyDescription,
	...resultSendEventDescription,
];
