import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { profileGet, profileGetFields } from './get';
import { profileReplace, profileReplaceFields } from './replace';
import { profileUpdate, profileUpdateFields } from './update';

export const profileDescription: INodeProperties[] = [
	operationSelector('profile', [profileGet, profileReplace, profileUpdate], 'get'),
	...profileGetFields,
	...profileReplaceFields,
	...profileUpdateFields,
];
