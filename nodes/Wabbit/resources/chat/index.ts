import type { INodeProperties } from 'n8n-workflow';

import { chatGet, chatGetFields } from './get';
import { chatGetAssignment } from './getAssignment';
import { chatGetAssignmentEvents, chatGetAssignmentEventsFields } from './getAssignmentEvents';
import { chatGetMany, chatGetManyFields } from './getMany';
import { chatSetAssignment, chatSetAssignmentFields } from './setAssignment';
import { chatUpdateAssignment, chatUpdateAssignmentFields } from './updateAssignment';

export const chatDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['chat'] } },
		// By name, as version 1 lists them (operationSelector would move the default first).
		options: [chatGet, chatGetAssignment, chatGetAssignmentEvents, chatGetMany, chatSetAssignment, chatUpdateAssignment],
		// eslint-disable-next-line n8n-nodes-base/node-param-default-wrong-for-options -- the rule cannot read options made by operation()
		default: 'getMany',
	},
	...chatGetFields,
	...chatGetManyFields,
	...chatSetAssignmentFields,
	...chatUpdateAssignmentFields,
	...chatGetAssignmentEventsFields,
];
