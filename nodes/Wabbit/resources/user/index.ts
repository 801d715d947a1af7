import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';

import { userChangePassword, userChangePasswordFields } from './changePassword';
import { userCreate, userCreateFields } from './create';
import { userGet, userGetFields } from './get';
import { userGetCurrent } from './getCurrent';
import { userGetMany, userGetManyFields } from './getMany';
import { userReplace, userReplaceFields } from './replace';
import { userSetPassword, userSetPasswordFields } from './setPassword';
import { userUpdate, userUpdateFields } from './update';

export const userDescription: INodeProperties[] = [
	operationSelector('user', [userChangePassword, userCreate, userGet, userGetCurrent, userGetMany, userReplace, userSetPassword, userUpdate], 'getCurrent'),
	...userGetFields,
	...userCreateFields,
	...userUpdateFields,
	...userReplaceFields,
	...userChangePasswordFields,
	...userSetPasswordFields,
	...userGetManyFields,
];
