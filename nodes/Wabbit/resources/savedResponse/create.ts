import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

export const savedResponseCreateDescription: INodeProperties[] = [
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		default: '',
		required: true,
		typeOptions: { rows: 3 },
		description: 'A canned answer inbox users can pick',
		displayOptions: showFor('savedResponse', ['create']),
		routing: { send: { type: 'body', property: 'text' } },
	},
];
