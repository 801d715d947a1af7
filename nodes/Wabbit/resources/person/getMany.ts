import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';

export const personGetManyDescription: INodeProperties[] = [
	...returnAllAndLimit('person', 'getMany'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('person', ['getMany']),
		options: [
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Only persons whose name or number contains this text',
				routing: { send: { type: 'query', property: 'search' } },
			},
		],
	},
];
