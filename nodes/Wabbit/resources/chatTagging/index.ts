import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { chatTaggingCreate, chatTaggingCreateFields } from './create';
import { chatTaggingDelete } from './delete';
import { chatTaggingGet, chatTaggingGetFields } from './get';
import { chatTaggingGetEvents, chatTaggingGetEventsFields } from './getEvents';

export const chatTaggingDescription: INodeProperties[] = [
	operationSelector('chatTagging', [chatTaggingCreate, chatTaggingDelete, chatTaggingGet, chatTaggingGetEvents], 'create'),
	...chatTaggingCreateFields,
	...chatTaggingGetFields,
	...chatTaggingGetEventsFields,
];
