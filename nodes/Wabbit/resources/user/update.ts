import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import type { ChatAccess, Permissions, Role, UserWrite } from '../../../../schemas/wabbit/types.generated';
import { checkLength } from '../../../shared/limits';
import { fieldError } from '../../../shared/validation';
import { idOf, showFor, sortedByName } from '../../shared/descriptions';
import { WABBIT_LIMITS } from '../../shared/limits';
import { ROLE_OPTIONS } from './create';

const ACCESS_OPTIONS = [
	{ name: 'All Chats', value: 'all' },
	{ name: 'Assigned Chats Only', value: 'assigned' },
];

const groupsField: INodeProperties = {
	displayName: 'Group Names or IDs',
	name: 'groups',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getGroupOptions' },
	default: [],
	description: 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};
const permissionFields: INodeProperties[] = [
	{ displayName: 'Can Use Tags', name: 'canUseTags', type: 'boolean', default: true },
	{ displayName: 'Can Read Chats', name: 'canReadChats', type: 'options', options: ACCESS_OPTIONS, default: 'all' },
	{ displayName: 'Can Write to Chats', name: 'canWriteToChats', type: 'options', options: ACCESS_OPTIONS, default: 'assigned' },
];

export const userUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only admins change groups, permissions and roles',
		displayOptions: showFor('user', ['update']),
		options: sortedByName([
			...permissionFields,
			{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
			{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
			groupsField,
			{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
			{ displayName: 'Role', name: 'role', type: 'options', options: ROLE_OPTIONS, default: 'user' },
			{ displayName: 'Username', name: 'username', type: 'string', default: '' },
		]),
	},
	{ ...groupsField, required: true, displayOptions: showFor('user', ['replace']) },
	...permissionFields.map((p) => ({ ...p, displayOptions: showFor('user', ['replace']) })),
	{
		displayName: 'Additional Fields',
		name: 'replaceFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('user', ['replace']),
		options: [
			{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
			{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
			{ displayName: 'Role', name: 'role', type: 'options', options: ROLE_OPTIONS, default: 'user' },
		],
	},
];

interface UserFields {
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

function toBody(ctx: IExecuteSingleFunctions, fields: UserFields, current?: Permissions): UserWrite {
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
export async function prepareUserUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const fields = this.getNodeParameter('updateFields', {}) as UserFields;
	if (Object.keys(fields).length === 0) throw fieldError(this, '"Update Fields"', 'is empty: add at least one field');
	requestOptions.url = `/users/${idOf(this, 'user', 'User')}/`;
	requestOptions.body = toBody(this, fields) as IDataObject;
	return requestOptions;
}

/** PUT: every field the doc marks required (username, email, groups, permissions). */
export async function prepareUserReplace(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
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
	requestOptions.url = `/users/${idOf(this, 'user', 'User')}/`;
	requestOptions.body = toBody(this, fields) as IDataObject;
	return requestOptions;
}
