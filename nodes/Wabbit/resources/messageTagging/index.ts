import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { messageTaggingCreate, messageTaggingCreateFields } from './create';
import { messageTaggingDelete } from './delete';
import { messageTaggingGet, messageTaggingGetFields } from './get';
import { messageTaggingGetEvents, messageTaggingGetEventsFields } from './getEvents';

export const messageTaggingDescription: INodeProperties[] = [
	operationSelector('messageTagging', [messageTaggingCreate, messageTaggingDelete, messageTaggingGet, messageTaggingGetEvents], 'create'),
	...messageTaggingCreateFields,
	...messageTaggingGetFields,
	...messageTaggingGetEventsFields,
];
