import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

export const tagCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Agent needed',
		description: 'Tag names are unique in the inbox',
		displayOptions: showFor('tag', ['create']),
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('tag', ['create']),
		options: [
			{
				displayName: 'Web Inbox Color',
				name: 'webInboxColor',
				type: 'color',
				default: '#e53935',
				description: 'The colour the Web Inbox shows the tag in',
				routing: { send: { type: 'body', property: 'web_inbox_color' } },
			},
		],
	},
];
