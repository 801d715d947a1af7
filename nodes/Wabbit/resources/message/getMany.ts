import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { collection, forOperation, returnAllAndLimit, toQuery } from '../../../shared/operations';
import { simplifyMessagePage } from '../../shared/common-message';
import { applyTimeFilters, sortedByName, timeFilters, waIdOf } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

/** Newest first; Return All pages back in time with before_time, as the doc recommends. */
async function messageFilters(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const chat = String(this.getNodeParameter('chatFilter', '') ?? '').trim();
	if (chat) requestOptions.qs = { ...(requestOptions.qs ?? {}), wa_id: waIdOf(this, 'chatFilter', 'Chat') };
	return await applyTimeFilters.call(this, requestOptions);
}

export const messageGetMany = operation({
	name: 'Get Many',
	value: 'getMany',
	action: 'Get many messages',
	description: 'List messages, newest first; Return All pages back with before_time',
	method: 'GET',
	path: '/messages/',
	preSend: [messageFilters],
	output: [simplifyMessagePage],
});

export const messageGetManyFields = forOperation('message', 'getMany', [
	{
		displayName: 'Chat (WhatsApp Number)',
		name: 'chatFilter',
		type: 'string',
		default: '',
		placeholder: '+48 123 123 123',
		description: 'Only messages of this chat; leave empty for messages of every chat you can read',
	},
	...returnAllAndLimit({}),
	collection(
		'Filters',
		'filters',
		'Add Filter',
		sortedByName([
			{
				displayName: 'Assigned Group Name or ID',
				name: 'assignedGroup',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getGroupOptions' },
				default: '',
				description:
					'Only messages of chats assigned to this group; you must be a member. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				routing: toQuery('assigned_group'),
			},
			{
				displayName: 'Assigned to Me',
				name: 'assignedToMe',
				type: 'boolean',
				default: true,
				description: "Whether to return only messages of chats assigned to the credential's user",
				routing: toQuery('assigned_to_me'),
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Only messages containing this text',
				routing: toQuery('search'),
			},
			...timeFilters(),
		]),
	),
	collection('Options', 'options', 'Add Option', [
		{
			displayName: 'Mark As Received',
			name: 'markAsReceived',
			type: 'boolean',
			default: false,
			description: "Whether to mark every returned message as received by the credential's user, which lowers the chats' new-message counts",
			routing: toQuery('mark_as_received', '={{ $value ? 1 : 0 }}'),
		},
	]),
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description: 'Whether to output the common message shape shared by every provider of this package (the message stays under "raw"), instead of Wabbit\'s message as is',
	},
]);
