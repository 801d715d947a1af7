import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { ChatAccess, Permissions, Role, UserWrite } from '../../../../schemas/wabbit/types.generated';
import { checkLength } from '../../../shared/limits';
import { collection, emailField, forOperation } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { sortedByName } from '../../shared/descriptions';
import { WABBIT_LIMITS } from '../../shared/limits';
import { operation } from '../../shared/operations';
import { ROLE_OPTIONS } from './create';

const ACCESS_OPTIONS = [
	{ name: 'All Chats', value: 'all' },
	{ name: 'Assigned Chats Only', value: 'assigned' },
];

/** Also Replace's (required there). */
export const groupsField: INodeProperties = {
	displayName: 'Group Names or IDs',
	name: 'groups',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getGroupOptions' },
	default: [],
	description: 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};
/** Also Replace's. */
export const permissionFields: INodeProperties[] = [
	{ displayName: 'Can Use Tags', name: 'canUseTags', type: 'boolean', default: true },
	{ displayName: 'Can Read Chats', name: 'canReadChats', type: 'options', options: ACCESS_OPTIONS, default: 'all' },
	{ displayName: 'Can Write to Chats', name: 'canWriteToChats', type: 'options', options: ACCESS_OPTIONS, default: 'assigned' },
];

/** The fields Update and Replace both write, as the editor names them. */
export interface UserFields {
	username?: string;
	email?: string;
	firstName?: string;
	lastName?: string;
	role?: Role;
	groups?: Array<number | string>;
	canUseTags?: boolean;
	canReadChats?: ChatAccess;
	canWriteToChats?: ChatAccess;
}

/** Update's and Replace's body: the given fields under Wabbit's names. */
export function userBody(ctx: IExecuteSingleFunctions, fields: UserFields, current?: Permissions): UserWrite {
	checkLength(ctx, 'Username', fields.username, WABBIT_LIMITS.userName);
	checkLength(ctx, 'First Name', fields.firstName, WABBIT_LIMITS.userName);
	checkLength(ctx, 'Last Name', fields.lastName, WABBIT_LIMITS.userName);
	const body: UserWrite = {};
	if (fields.username !== undefined) body.username = fields.username;
	if (fields.email !== undefined) body.email = fields.email;
	if (fields.firstName !== undefined) body.first_name = fields.firstName;
	if (fields.lastName !== undefined) body.last_name = fields.lastName;
	if (fields.role !== undefined) body.profile = { role: fields.role };
	if (fields.groups !== undefined) {
		body.groups = fields.groups.map((g) => {
			if (!/^\d+$/.test(String(g))) throw fieldError(ctx, '"Groups"', `"${String(g)}" is not a group ID`);
			return Number(g);
		});
	}
	if (fields.canUseTags !== undefined || fields.canReadChats !== undefined || fields.canWriteToChats !== undefined) {
		// Wabbit takes the three permissions together.
		body.permissions = {
			can_use_tags: fields.canUseTags ?? current?.can_use_tags ?? true,
			can_read_chats: fields.canReadChats ?? current?.can_read_chats ?? 'all',
			can_write_to_chats: fields.canWriteToChats ?? current?.can_write_to_chats ?? 'assigned',
		};
	}
	return body;
}

/** PATCH: the chosen fields only. Permissions not chosen keep the defaults of a regular user. */
function updateBody(this: IExecuteSingleFunctions): UserWrite {
	const fields = this.getNodeParameter('updateFields', {}) as UserFields;
	if (Object.keys(fields).length === 0) throw fieldError(this, '"Update Fields"', 'is empty: add at least one field');
	return userBody(this, fields);
}

/** Its User field is Get's (get.ts). */
export const userUpdate = operation<UserWrite>({
	name: 'Update',
	value: 'update',
	action: 'Update a user',
	// Wabbit API: PATCH /users/{ID}/, method inferred.
	description: 'Change some fields of a user; admins, or the user themself',
	method: 'PATCH',
	path: '/users/{user}/',
	body: updateBody,
});

export const userUpdateFields = forOperation('user', 'update', [
	collection(
		'Update Fields',
		'updateFields',
		'Add Field',
		sortedByName([
			...permissionFields,
			emailField(),
			{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
			groupsField,
			{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
			{ displayName: 'Role', name: 'role', type: 'options', options: ROLE_OPTIONS, default: 'user' },
			{ displayName: 'Username', name: 'username', type: 'string', default: '' },
		]),
		{ description: 'Only admins change groups, permissions and roles' },
	),
]);
