import type { INodeProperties } from 'n8n-workflow';

import { forOperation, operationSelector } from '../../../shared/operations';
import { conversationLocator } from '../../shared/descriptions';
import { conversationDelete, conversationDeleteFields } from './delete';
import { conversationGet } from './get';
import { conversationGetAll, conversationGetAllFields } from './getAll';
import { conversationGetTags } from './getTags';
import { conversationInitiate, conversationInitiateFields } from './initiate';
import { conversationInitiateV1, conversationInitiateV1Fields } from './initiateV1';
import { conversationUpdateState, conversationUpdateStateFields } from './updateState';

export const conversationDescription: INodeProperties[] = [
	operationSelector('conversation', [conversationDelete, conversationGet, conversationGetAll, conversationGetTags, conversationInitiate, conversationInitiateV1, conversationUpdateState], 'getAll'),
	// Get, Update State and Delete each name one conversation.
	...forOperation('conversation', ['get', 'updateState', 'delete'], [conversationLocator()]),
	...conversationGetAllFields,
	...conversationUpdateStateFields,
	...conversationDeleteFields,
	...conversationInitiateFields,
	...conversationInitiateV1Fields,
];
