import type { IExecuteSingleFunctions } from 'n8n-workflow';

import type { ChatAssignmentWrite } from '../../../../schemas/wabbit/types.generated';
import { forOperation } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { groupLocator, idOf, userLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

const CHANGE_OPTIONS = [
	{ name: 'Keep As Is', value: 'keep' },
	{ name: 'Remove', value: 'clear' },
	{ name: 'Set', value: 'set' },
];

export const chatUpdateAssignment = operation<ChatAssignmentWrite>({
	name: 'Update Assignment',
	value: 'updateAssignment',
	action: 'Update the assignment of a chat',
	// Wabbit API: PATCH /chat_assignment/{wa_id}/, path inferred.
	description: 'Change only the assigned user or only the group of a chat',
	method: 'PATCH',
	path: '/chat_assignment/{chat}/',
	body: updateAssignmentBody,
});

export const chatUpdateAssignmentFields = forOperation('chat', 'updateAssignment', [
	{
		displayName: 'User',
		name: 'userChange',
		type: 'options',
		options: CHANGE_OPTIONS,
		default: 'set',
		description: 'What to do with the assigned user. Non-admins may assign only unassigned chats and remove only their own assignment.',
	},
	{
		...userLocator,
		name: 'assignedUser',
		displayName: 'Assigned User',
		displayOptions: { show: { userChange: ['set'] } },
	},
	{
		displayName: 'Group',
		name: 'groupChange',
		type: 'options',
		options: CHANGE_OPTIONS,
		default: 'keep',
		description: 'What to do with the assigned group',
	},
	{
		...groupLocator,
		name: 'assignedGroup',
		displayName: 'Assigned Group',
		displayOptions: { show: { groupChange: ['set'] } },
	},
]);

/** PATCH: only the sides the user chose to change are sent. */
function updateAssignmentBody(this: IExecuteSingleFunctions): ChatAssignmentWrite {
	const body: ChatAssignmentWrite = {};
	const userChange = this.getNodeParameter('userChange', 'keep') as string;
	const groupChange = this.getNodeParameter('groupChange', 'keep') as string;
	if (userChange !== 'keep') body.assigned_to_user = userChange === 'set' ? idOf(this, 'assignedUser', 'Assigned User') : null;
	if (groupChange !== 'keep') body.assigned_group = groupChange === 'set' ? idOf(this, 'assignedGroup', 'Assigned Group') : null;
	if (Object.keys(body).length === 0) throw fieldError(this, '"User" and "Group"', 'are both "Keep As Is": nothing to change');
	return body;
}
