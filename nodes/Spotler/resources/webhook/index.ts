import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { webhookCreate, webhookCreateFields } from './create';
import { webhookDelete, webhookDeleteFields } from './delete';
import { webhookGetAll, webhookGetAllFields } from './getAll';
import { webhookUpdate, webhookUpdateFields } from './update';

export const webhookDescription: INodeProperties[] = [
	operationSelector('webhook', [webhookCreate, webhookDelete, webhookGetAll, webhookUpdate], 'getAll'),
	...webhookCreateFields,
	...webhookDeleteFields,
	...webhookGetAllFields,
	...webhookUpdateFields,
];
