import type { INodeProperties } from 'n8n-workflow';

import { templateCreate, templateCreateFields } from './create';
import { templateGetMany, templateGetManyFields } from './getMany';

export const templateDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['template'] } },
		// By name, as version 1 lists them (operationSelector would move the default first).
		options: [templateCreate, templateGetMany],
		// eslint-disable-next-line n8n-nodes-base/node-param-default-wrong-for-options -- the rule cannot read options made by operation()
		default: 'getMany',
	},
	...templateCreateFields,
	...templateGetManyFields,
];
