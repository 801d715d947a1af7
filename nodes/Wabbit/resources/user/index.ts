import type { INodeProperties } from 'n8n-workflow';

import { userChangePassword, userChangePasswordFields } from './changePassword';
import { userCreate, userCreateFields } from './create';
import { userGet, userGetFields } from './get';
import { userGetCurrent } from './getCurrent';
import { userGetMany, userGetManyFields } from './getMany';
import { userReplace, userReplaceFields } from './replace';
import { userSetPassword, userSetPasswordFields } from './setPassword';
import { userUpdate, userUpdateFields } from './update';

export const userDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['user'] } },
		// By name, as version 1 lists them (operationSelector would move the default first).
		options: [userChangePassword, userCreate, userGet, userGetCurrent, userGetMany, userReplace, userSetPassword, userUpdate],
		// eslint-disable-next-line n8n-nodes-base/node-param-default-wrong-for-options -- the rule cannot read options made by operation()
		default: 'getCurrent',
	},
	...userGetFields,
	...userCreateFields,
	...userUpdateFields,
	...userReplaceFields,
	...userChangePasswordFields,
	...userSetPasswordFields,
	...userGetManyFields,
];
