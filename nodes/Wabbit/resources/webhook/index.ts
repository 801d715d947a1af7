import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';

import { webhookCreate, webhookCreateFields } from './create';
import { webhookDelete } from './delete';
import { webhookGet, webhookGetFields } from './get';
import { webhookGetMany, webhookGetManyFields } from './getMany';
import { webhookUpdate } from './update';

export const webhookDescription: INodeProperties[] = [
	operationSelector('webhook', [webhookCreate, webhookDelete, webhookGet, webhookGetMany, webhookUpdate], 'getMany'),
	...webhookCreateFields,
	...webhookGetFields,
	...webhookGetManyFields,
];
