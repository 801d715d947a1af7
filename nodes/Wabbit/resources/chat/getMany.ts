import { collection, forOperation, returnAllAndLimit, toQuery } from '../../../shared/operations';
import { operation } from '../../shared/operations';

export const chatGetMany = operation({
	name: 'Get Many',
	value: 'getMany',
	action: 'Get many chats',
	description: 'List chats with their number of new messages, newest activity first',
	method: 'GET',
	path: '/chats/',
});

export const chatGetManyFields = forOperation('chat', 'getMany', [
	...returnAllAndLimit({}),
	collection('Filters', 'filters', 'Add Filter', [
		{
			displayName: 'Assigned Group Name or ID',
			name: 'assignedGroup',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getGroupOptions' },
			default: '',
			description: 'Only chats assigned to this group; you must be a member. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			routing: toQuery('assigned_group'),
		},
		{
			displayName: 'Assigned to Me',
			name: 'assignedToMe',
			type: 'boolean',
			default: true,
			description: "Whether to return only chats assigned to the credential's user",
			routing: toQuery('assigned_to_me'),
		},
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Only chats whose contact or last message contains this text',
			routing: toQuery('search'),
		},
	]),
]);
