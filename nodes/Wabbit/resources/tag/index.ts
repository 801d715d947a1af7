import type { INodeProperties } from 'n8n-workflow';

import { tagCreate, tagCreateFields } from './create';
import { tagGetMany, tagGetManyFields } from './getMany';

export const tagDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['tag'] } },
		// By name, as version 1 lists them (operationSelector would move the default first).
		options: [tagCreate, tagGetMany],
		// eslint-disable-next-line n8n-nodes-base/node-param-default-wrong-for-options -- the rule cannot read options made by operation()
		default: 'getMany',
	},
	...tagCreateFields,
	...tagGetManyFields,
];
