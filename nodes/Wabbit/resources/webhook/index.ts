import type { INodeProperties } from 'n8n-workflow';

import { webhookCreate, webhookCreateFields } from './create';
import { webhookDelete } from './delete';
import { webhookGet, webhookGetFields } from './get';
import { webhookGetMany, webhookGetManyFields } from './getMany';
import { webhookUpdate } from './update';

export const webhookDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['webhook'] } },
		// By name, as version 1 lists them (operationSelector would move the default first).
		options: [webhookCreate, webhookDelete, webhookGet, webhookGetMany, webhookUpdate],
		// eslint-disable-next-line n8n-nodes-base/node-param-default-wrong-for-options -- the rule cannot read options made by operation()
		default: 'getMany',
	},
	...webhookCreateFields,
	...webhookGetFields,
	...webhookGetManyFields,
];
