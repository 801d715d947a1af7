import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { automatedMessageGet, automatedMessageGetFields } from './get';
import { automatedMessageGetAll, automatedMessageGetAllFields } from './getAll';
import { automatedMessageUpdate, automatedMessageUpdateFields } from './update';

export const automatedMessageDescription: INodeProperties[] = [
	operationSelector('automatedMessage', [automatedMessageGet, automatedMessageGetAll, automatedMessageUpdate], 'getAll'),
	...automatedMessageGetFields,
	...automatedMessageGetAllFields,
	...automatedMessageUpdateFields,
];
