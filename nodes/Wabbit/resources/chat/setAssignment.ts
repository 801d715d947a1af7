import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import type { ChatAssignmentWrite } from '../../../../schemas/wabbit/types.generated';
import { groupLocator, idOf, showFor, userLocator, waIdOf } from '../../shared/descriptions';

const optional = (p: INodeProperties, description: string): INodeProperties => ({ ...p, required: false, description });

export const chatSetAssignmentDescription: INodeProperties[] = [
	{
		...optional(userLocator, 'The user to assign; leave empty to remove the user assignment'),
		name: 'assignedUser',
		displayName: 'Assigned User',
		displayOptions: showFor('chat', ['setAssignment']),
	},
	{
		...optional(groupLocator, 'The group to assign; leave empty to remove the group assignment'),
		name: 'assignedGroup',
		displayName: 'Assigned Group',
		displayOptions: showFor('chat', ['setAssignment']),
	},
];

/** PUT sets both fields: an empty picker sends null, which clears that side of the assignment. */
export async function prepareSetAssignment(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const wa_id = waIdOf(this, 'chat', 'Chat');
	const value = (name: string, label: string) =>
		String(this.getNodeParameter(name, '', { extractValue: true }) ?? '').trim() === '' ? null : idOf(this, name, label);
	const body: ChatAssignmentWrite = { wa_id, assigned_to_user: value('assignedUser', 'Assigned User'), assigned_group: value('assignedGroup', 'Assigned Group') };
	requestOptions.url = `/chat_assignment/${wa_id}/`;
	requestOptions.body = body;
	return requestOptions;
}
