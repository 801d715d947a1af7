import type { IExecuteSingleFunctions } from 'n8n-workflow';

import type { ChatAccess, UserWrite } from '../../../../schemas/wabbit/types.generated';
import { collection, forOperation } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { operation } from '../../shared/operations';
import { ROLE_OPTIONS } from './create';
import { groupsField, permissionFields, userBody, type UserFields } from './update';

/** PUT: every field the doc marks required (username, email, groups, permissions). */
function replaceBody(this: IExecuteSingleFunctions): UserWrite {
	const extra = this.getNodeParameter('replaceFields', {}) as UserFields;
	const fields: UserFields = {
		...extra,
		username: String(this.getNodeParameter('username', '')),
		email: String(this.getNodeParameter('email', '')),
		groups: this.getNodeParameter('groups', []) as Array<number | string>,
		canUseTags: this.getNodeParameter('canUseTags', true) as boolean,
		canReadChats: this.getNodeParameter('canReadChats', 'all') as ChatAccess,
		canWriteToChats: this.getNodeParameter('canWriteToChats', 'assigned') as ChatAccess,
	};
	if (!fields.username) throw fieldError(this, '"Username"', 'is empty');
	if (!fields.email) throw fieldError(this, '"Email"', 'is empty');
	return userBody(this, fields);
}

/** Its User field is Get's (get.ts), Username and Email Create's (create.ts). */
export const userReplace = operation<UserWrite>({
	name: 'Replace',
	value: 'replace',
	action: 'Replace a user',
	// Wabbit API: PUT /users/{ID}/, method inferred.
	description: 'Set every field of a user: username, email, groups and permissions',
	method: 'PUT',
	path: '/users/{user}/',
	body: replaceBody,
});

export const userReplaceFields = forOperation('user', 'replace', [
	{ ...groupsField, required: true },
	...permissionFields,
	collection('Additional Fields', 'replaceFields', 'Add Field', [
		{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
		{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
		{ displayName: 'Role', name: 'role', type: 'options', options: ROLE_OPTIONS, default: 'user' },
	]),
]);
