import type { INodeProperties } from 'n8n-workflow';

import { contactGet, contactGetFields } from './get';
import { contactGetMany, contactGetManyFields } from './getMany';
import { contactVerify, contactVerifyFields } from './verify';

export const contactDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contact'] } },
		// By name, as version 1 lists them (operationSelector would move the default first).
		options: [contactGet, contactGetMany, contactVerify],
		// eslint-disable-next-line n8n-nodes-base/node-param-default-wrong-for-options -- the rule cannot read options made by operation()
		default: 'getMany',
	},
	...contactGetFields,
	...contactGetManyFields,
	...contactVerifyFields,
];
