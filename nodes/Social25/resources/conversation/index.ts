import type { INodeProperties } from 'n8n-workflow';

import { conversationLocator, operationSelector } from '../../shared/descriptions';
import { conversationDelete, conversationDeleteDescription } from './delete';
import { conversationGet } from './get';
import { conversationGetAll, conversationGetAllDescription } from './getAll';
import { conversationGetTags } from './getTags';
import { conversationInitiate, conversationInitiateDescription } from './initiate';
import { conversationInitiateV1, conversationInitiateV1Description } from './initiateV1';
import { conversationUpdateState, conversationUpdateStateDescription } from './updateState';

export const conversationDescription: INodeProperties[] = [
	operationSelector(
		'conversation',
		[
			conversationDelete,
			conversationGet,
			conversationGetAll,
			conversationGetTags,
			conversationInitiate,
			conversationInitiateV1,
			conversationUpdateState,
		],
		'getAll',
	),
	// Get, Update State and Delete each name one conversation.
	conversationLocator({ resource: ['conversation'], operation: ['get', 'updateState', 'delete'] }),
	...conversationGetAllDescription,
	...conversationUpdateStateDescription,
	...conversationDeleteDescription,
	...conversationInitiateDescription,
	...conversationInitiateV1Description,
];
