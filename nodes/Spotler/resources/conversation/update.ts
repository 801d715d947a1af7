import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { Conversation, ConversationUpdateRequest } from '../../../../schemas/spotler/types.generated';
import { forOperation, textParameter } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { agentLocator, assistantLocator, channelLocator, contactField, teamLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';
import { spotlerApiRequest } from '../../shared/transport';

const when = (name: string, values: string[]) => ({ show: { [name]: values } });

/**
 * Builds the PATCH body from plain choices. Adding or removing some labels needs the current
 * ones (the API only takes the complete set), so those read the conversation first.
 */
async function buildConversationUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body: ConversationUpdateRequest = {};
	const status = this.getNodeParameter('status', '') as string;
	if (status) body.status = status as ConversationUpdateRequest['status'];

	const handOver = this.getNodeParameter('handOver', '') as string;
	if (handOver === 'agent') body.assignee = textParameter(this, 'agent') || fail(this, '"Agent"');
	else if (handOver === 'assistant') body.assignee = textParameter(this, 'assistant') || fail(this, '"Assistant"');
	else if (handOver === 'agents') body.assignee = null;

	const teamAction = this.getNodeParameter('teamAction', '') as string;
	if (teamAction === 'set') body.team = textParameter(this, 'team') || fail(this, '"Team"');
	else if (teamAction === 'remove') body.team = null;

	const labelAction = this.getNodeParameter('labelAction', '') as string;
	if (labelAction === 'clear') body.labels = [];
	else if (labelAction) {
		const chosen = (this.getNodeParameter('labels', []) as string[]).map((l) => String(l).trim()).filter(Boolean);
		if (chosen.length === 0) fail(this, '"Labels"');
		if (labelAction === 'set') body.labels = chosen;
		else {
			const current = (await spotlerApiRequest.call(this, 'GET', requestOptions.url)) as Conversation;
			body.labels = labelAction === 'add' ? [...new Set([...current.labels, ...chosen])] : current.labels.filter((l) => !chosen.includes(l));
		}
	}

	// As the doc says: null marks the conversation as read, 0 marks it as unread.
	const readState = this.getNodeParameter('readState', '') as string;
	if (readState === 'read') body.unreadCount = null;
	else if (readState === 'unread') body.unreadCount = 0;

	if (Object.keys(body).length === 0) {
		throw fieldError(this, 'Conversation update', 'changes nothing: choose a status, hand-over, team, labels or read state');
	}
	requestOptions.body = body;
	return requestOptions;
}

function fail(ctx: IExecuteSingleFunctions, field: string): never {
	throw fieldError(ctx, field, 'is empty');
}

export const conversationUpdate = operation({
	name: 'Update',
	value: 'update',
	action: 'Update a conversation',
	description: 'Close or reopen, hand over to an agent, assistant or team, label, or mark as read or unread',
	method: 'PATCH',
	path: '/channels/{channel}/conversations/{contact}',
	preSend: [buildConversationUpdate],
});

export const conversationUpdateFields = forOperation('conversation', 'update', [
	channelLocator,
	contactField,
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		default: '',
		options: [
			{ name: 'Close', value: 'CLOSED' },
			{ name: 'Keep As Is', value: '' },
			{ name: 'Reopen', value: 'OPEN' },
		],
	},
	{
		displayName: 'Hand Over To',
		name: 'handOver',
		type: 'options',
		default: '',
		options: [
			{ name: 'An Agent', value: 'agent' },
			{ name: 'An Assistant', value: 'assistant' },
			{ name: 'Keep As Is', value: '' },
			{ name: 'The Agents (Unassigned)', value: 'agents', description: 'Take it away from the assistant so any agent can pick it up' },
		],
	},
	{ ...agentLocator, displayOptions: when('handOver', ['agent']) },
	{ ...assistantLocator, displayOptions: when('handOver', ['assistant']) },
	{
		displayName: 'Team',
		name: 'teamAction',
		type: 'options',
		default: '',
		options: [
			{ name: 'Assign to a Team', value: 'set' },
			{ name: 'Keep As Is', value: '' },
			{ name: 'Remove the Team', value: 'remove' },
		],
	},
	{ ...teamLocator, displayOptions: when('teamAction', ['set']) },
	{
		displayName: 'Labels',
		name: 'labelAction',
		type: 'options',
		default: '',
		options: [
			{ name: 'Add Labels', value: 'add' },
			{ name: 'Keep As Is', value: '' },
			{ name: 'Remove All Labels', value: 'clear' },
			{ name: 'Remove Labels', value: 'remove' },
			{ name: 'Replace Labels', value: 'set' },
		],
	},
	{
		displayName: 'Label Names or IDs',
		name: 'labels',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getLabelOptions' },
		default: [],
		description: 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		displayOptions: when('labelAction', ['add', 'remove', 'set']),
	},
	{
		displayName: 'Read State',
		name: 'readState',
		type: 'options',
		default: '',
		options: [
			{ name: 'Keep As Is', value: '' },
			{ name: 'Mark As Read', value: 'read' },
			{ name: 'Mark As Unread', value: 'unread' },
		],
	},
]);
