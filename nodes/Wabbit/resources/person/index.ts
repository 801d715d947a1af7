import type { INodeProperties } from 'n8n-workflow';

import { personGet, personGetFields } from './get';
import { personGetMany, personGetManyFields } from './getMany';

export const personDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['person'] } },
		// By name, as version 1 lists them (operationSelector would move the default first).
		options: [personGet, personGetMany],
		// eslint-disable-next-line n8n-nodes-base/node-param-default-wrong-for-options -- the rule cannot read options made by operation()
		default: 'getMany',
	},
	...personGetFields,
	...personGetManyFields,
];
