import type { INodeProperties } from 'n8n-workflow';

import { savedResponseCreate, savedResponseCreateFields } from './create';
import { savedResponseGetMany, savedResponseGetManyFields } from './getMany';

export const savedResponseDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['savedResponse'] } },
		// By name, as version 1 lists them (operationSelector would move the default first).
		options: [savedResponseCreate, savedResponseGetMany],
		// eslint-disable-next-line n8n-nodes-base/node-param-default-wrong-for-options -- the rule cannot read options made by operation()
		default: 'getMany',
	},
	...savedResponseCreateFields,
	...savedResponseGetManyFields,
];
