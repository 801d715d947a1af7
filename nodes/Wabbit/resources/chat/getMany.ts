import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';

export const chatGetManyDescription: INodeProperties[] = [
	...returnAllAndLimit('chat', 'getMany'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('chat', ['getMany']),
		options: [
			{
				displayName: 'Assigned Group Name or ID',
				name: 'assignedGroup',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getGroupOptions' },
				default: '',
				description:
					'Only chats assigned to this group; you must be a member. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				routing: { send: { type: 'query', property: 'assigned_group' } },
			},
			{
				displayName: 'Assigned to Me',
				name: 'assignedToMe',
				type: 'boolean',
				default: true,
				description: 'Whether to return only chats assigned to the credential\'s user',
				routing: { send: { type: 'query', property: 'assigned_to_me' } },
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Only chats whose contact or last message contains this text',
				routing: { send: { type: 'query', property: 'search' } },
			},
		],
	},
];
