import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

/** Get and Delete both name one tagging by its ID. */
export const chatTaggingGetDescription: INodeProperties[] = [
	{
		displayName: 'Tagging ID',
		name: 'taggingId',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		required: true,
		description: 'The tagging\'s ID: the ID in the Create output, or tagging_id in a chat\'s tags',
		displayOptions: showFor('chatTagging', ['get', 'delete']),
	},
];
