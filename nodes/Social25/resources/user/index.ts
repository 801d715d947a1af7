import type { INodeProperties } from 'n8n-workflow';

import { conversationLocator, operationSelector } from '../../shared/descriptions';
import { userBlock } from './block';
import { userDelete, userDeleteDescription } from './delete';
import { userUnblock } from './unblock';

export const userDescription: INodeProperties[] = [
	operationSelector('user', [userBlock, userDelete, userUnblock], 'block'),
	// Social25 identifies the user (and the platform to block them on) by one of their conversations.
	conversationLocator({ resource: ['user'], operation: ['block', 'unblock'] }, 'A conversation of the customer: Social25 blocks them on its platform'),
	...userDeleteDescription,
];
