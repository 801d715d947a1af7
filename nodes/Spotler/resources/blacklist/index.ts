import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { blacklistAdd, blacklistAddFields } from './add';
import { blacklistGetAll, blacklistGetAllFields } from './getAll';
import { blacklistRemove, blacklistRemoveFields } from './remove';

export const blacklistDescription: INodeProperties[] = [
	operationSelector('blacklist', [blacklistAdd, blacklistGetAll, blacklistRemove], 'add'),
	...blacklistAddFields,
	...blacklistGetAllFields,
	...blacklistRemoveFields,
];
