import type { INodeProperties } from 'n8n-workflow';

import { limitParameters } from '../../../shared/limits';
import { requireParameters } from '../../../shared/validation';
import { WABBIT_LIMITS } from '../../shared/limits';
import { tagCreateDescription } from './create';
import { tagGetManyDescription } from './getMany';

export const tagDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['tag'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a tag',
				// Wabbit API: POST /tags/, method inferred.
				description: 'Create a tag for tagging chats and messages',
				routing: { request: { method: 'POST', url: '/tags/' }, send: { preSend: [requireParameters({ name: 'Name' }), limitParameters({ name: ['Name', WABBIT_LIMITS.tagName] })] } },
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many tags',
				// Wabbit API: GET /tags/, path inferred.
				description: 'List the inbox\'s tags',
				routing: { request: { method: 'GET', url: '/tags/' } },
			},
		],
		default: 'getMany',
	},
	...tagCreateDescription,
	...tagGetManyDescription,
];
