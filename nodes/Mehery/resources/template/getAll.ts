import type { INodeProperties } from 'n8n-workflow';

import { channelLocator, returnAllAndLimit } from '../../shared/descriptions';

const showOnlyForTemplateGetAll = { operation: ['getAll'], resource: ['template'] };

export const templateGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit(showOnlyForTemplateGetAll),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showOnlyForTemplateGetAll },
		options: [
			{
				...channelLocator,
				required: false,
				description: 'Only templates submitted for this channel',
				routing: { send: { type: 'query', property: 'channelId' } },
			},
			{
				displayName: 'Status on Channel',
				name: 'channelStatus',
				type: 'options',
				default: 'APPROVED',
				description: 'Only templates with this approval status (on the channel, when one is given)',
				// The doc gives no values for channelStatus; these are the approval states the package assumes.
				options: [
					{ name: 'Approved', value: 'APPROVED' },
					{ name: 'Pending', value: 'PENDING' },
					{ name: 'Rejected', value: 'REJECTED' },
				],
				routing: { send: { type: 'query', property: 'channelStatus' } },
			},
		],
	},
];
