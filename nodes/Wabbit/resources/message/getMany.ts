import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { applyTimeFilters, returnAllAndLimit, showFor, sortedByName, timeFilters, waIdOf } from '../../shared/descriptions';

export const messageGetManyDescription: INodeProperties[] = [
	{
		displayName: 'Chat (WhatsApp Number)',
		name: 'chatFilter',
		type: 'string',
		default: '',
		placeholder: '+48 123 123 123',
		description: 'Only messages of this chat; leave empty for messages of every chat you can read',
		displayOptions: showFor('message', ['getMany']),
	},
	...returnAllAndLimit('message', 'getMany'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('message', ['getMany']),
		options: sortedByName([
			{
				displayName: 'Assigned Group Name or ID',
				name: 'assignedGroup',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getGroupOptions' },
				default: '',
				description:
					'Only messages of chats assigned to this group; you must be a member. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				routing: { send: { type: 'query', property: 'assigned_group' } },
			},
			{
				displayName: 'Assigned to Me',
				name: 'assignedToMe',
				type: 'boolean',
				default: true,
				description: 'Whether to return only messages of chats assigned to the credential\'s user',
				routing: { send: { type: 'query', property: 'assigned_to_me' } },
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Only messages containing this text',
				routing: { send: { type: 'query', property: 'search' } },
			},
			...timeFilters(),
		]),
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showFor('message', ['getMany']),
		options: [
			{
				displayName: 'Mark As Received',
				name: 'markAsReceived',
				type: 'boolean',
				default: false,
				description: 'Whether to mark every returned message as received by the credential\'s user, which lowers the chats\' new-message counts',
				routing: { send: { type: 'query', property: 'mark_as_received', value: '={{ $value ? 1 : 0 }}' } },
			},
		],
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to output the common message shape shared by every provider of this package (the message stays under "raw"), instead of Wabbit\'s message as is',
		displayOptions: showFor('message', ['getMany']),
	},
];

/** Newest first; Return All pages back in time with before_time, as the doc recommends. */
export async function prepareMessageList(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const chat = String(this.getNodeParameter('chatFilter', '') ?? '').trim();
	if (chat) requestOptions.qs = { ...(requestOptions.qs ?? {}), wa_id: waIdOf(this, 'chatFilter', 'Chat') };
	return await applyTimeFilters.call(this, requestOptions);
}
