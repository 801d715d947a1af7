import type { INodeProperties } from 'n8n-workflow';

import { channelLocator, returnAllAndLimit } from '../../shared/descriptions';

const showOnlyForGlobalVariableGetAll = { operation: ['getAll'], resource: ['globalVariable'] };

export const globalVariableGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit(showOnlyForGlobalVariableGetAll),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showOnlyForGlobalVariableGetAll },
		options: [
			{
				...channelLocator,
				required: false,
				description: 'Only variables that apply to this channel',
				routing: { send: { type: 'query', property: 'channelId' } },
			},
		],
	},
];
