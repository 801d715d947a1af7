import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import type { ChatAssignmentWrite } from '../../../../schemas/wabbit/types.generated';
import { fieldError } from '../../../shared/validation';
import { groupLocator, idOf, showFor, userLocator, waIdOf } from '../../shared/descriptions';

const CHANGE_OPTIONS = [
	{ name: 'Keep As Is', value: 'keep' },
	{ name: 'Remove', value: 'clear' },
	{ name: 'Set', value: 'set' },
];

export const chatUpdateAssignmentDescription: INodeProperties[] = [
	{
		displayName: 'User',
		name: 'userChange',
		type: 'options',
		options: CHANGE_OPTIONS,
		default: 'set',
		description: 'What to do with the assigned user. Non-admins may assign only unassigned chats and remove only their own assignment.',
		displayOptions: showFor('chat', ['updateAssignment']),
	},
	{
		...userLocator,
		name: 'assignedUser',
		displayName: 'Assigned User',
		displayOptions: { show: { resource: ['chat'], operation: ['updateAssignment'], userChange: ['set'] } },
	},
	{
		displayName: 'Group',
		name: 'groupChange',
		type: 'options',
		options: CHANGE_OPTIONS,
		default: 'keep',
		description: 'What to do with the assigned group',
		displayOptions: showFor('chat', ['updateAssignment']),
	},
	{
		...groupLocator,
		name: 'assignedGroup',
		displayName: 'Assigned Group',
		displayOptions: { show: { resource: ['chat'], operation: ['updateAssignment'], groupChange: ['set'] } },
	},
];

/** PATCH: only the sides the user chose to change are sent. */
export async function prepareUpdateAssignment(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const wa_id = waIdOf(this, 'chat', 'Chat');
	const body: ChatAssignmentWrite = {};
	const userChange = this.getNodeParameter('userChange', 'keep') as string;
	const groupChange = this.getNodeParameter('groupChange', 'keep') as string;
	if (userChange !== 'keep') body.assigned_to_user = userChange === 'set' ? idOf(this, 'assignedUser', 'Assigned User') : null;
	if (groupChange !== 'keep') body.assigned_group = groupChange === 'set' ? idOf(this, 'assignedGroup', 'Assigned Group') : null;
	if (Object.keys(body).length === 0) throw fieldError(this, '"User" and "Group"', 'are both "Keep As Is": nothing to change');
	requestOptions.url = `/chat_assignment/${wa_id}/`;
	requestOptions.body = body;
	return requestOptions;
}
