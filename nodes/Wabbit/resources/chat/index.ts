import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';

import { chatGet, chatGetFields } from './get';
import { chatGetAssignment } from './getAssignment';
import { chatGetAssignmentEvents, chatGetAssignmentEventsFields } from './getAssignmentEvents';
import { chatGetMany, chatGetManyFields } from './getMany';
import { chatSetAssignment, chatSetAssignmentFields } from './setAssignment';
import { chatUpdateAssignment, chatUpdateAssignmentFields } from './updateAssignment';

export const chatDescription: INodeProperties[] = [
	operationSelector('chat', [chatGet, chatGetAssignment, chatGetAssignmentEvents, chatGetMany, chatSetAssignment, chatUpdateAssignment], 'getMany'),
	...chatGetFields,
	...chatGetManyFields,
	...chatSetAssignmentFields,
	...chatUpdateAssignmentFields,
	...chatGetAssignmentEventsFields,
];
