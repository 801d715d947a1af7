import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { ChatAssignmentWrite } from '../../../../schemas/wabbit/types.generated';
import { forOperation } from '../../../shared/operations';
import { groupLocator, idOf, userLocator, waIdOf } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

const optional = (p: INodeProperties, description: string): INodeProperties => ({ ...p, required: false, description });

/** PUT sets both fields: an empty picker sends null, which clears that side of the assignment. */
function setAssignmentBody(this: IExecuteSingleFunctions): ChatAssignmentWrite {
	const wa_id = waIdOf(this, 'chat', 'Chat');
	const value = (name: string, label: string) => (String(this.getNodeParameter(name, '', { extractValue: true }) ?? '').trim() === '' ? null : idOf(this, name, label));
	return { wa_id, assigned_to_user: value('assignedUser', 'Assigned User'), assigned_group: value('assignedGroup', 'Assigned Group') };
}

export const chatSetAssignment = operation<ChatAssignmentWrite>({
	name: 'Set Assignment',
	value: 'setAssignment',
	action: 'Set the assignment of a chat',
	// Wabbit API: PUT /chat_assignment/{wa_id}/, path inferred.
	description: 'Set both the assigned user and group of a chat; empty fields remove that assignment',
	method: 'PUT',
	path: '/chat_assignment/{chat}/',
	body: setAssignmentBody,
});

export const chatSetAssignmentFields = forOperation('chat', 'setAssignment', [
	{
		...optional(userLocator, 'The user to assign; leave empty to remove the user assignment'),
		name: 'assignedUser',
		displayName: 'Assigned User',
	},
	{
		...optional(groupLocator, 'The group to assign; leave empty to remove the group assignment'),
		name: 'assignedGroup',
		displayName: 'Assigned Group',
	},
]);
