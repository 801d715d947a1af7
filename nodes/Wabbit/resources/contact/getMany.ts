import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';

export const contactGetManyDescription: INodeProperties[] = [
	...returnAllAndLimit('contact', 'getMany'),
	{
		displayName: 'Search',
		name: 'search',
		type: 'string',
		default: '',
		description: 'Each Contact Provider searches its own data (often name and phone number). Searching is slow on some providers.',
		displayOptions: showFor('contact', ['getMany']),
		routing: { send: { type: 'query', property: 'search', value: '={{ $value || undefined }}' } },
	},
];
