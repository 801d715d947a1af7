import type { INodeProperties } from 'n8n-workflow';

import { forOperation, operationSelector } from '../../../shared/operations';
import { conversationLocator } from '../../shared/descriptions';
import { userBlock } from './block';
import { userDelete, userDeleteFields } from './delete';
import { userUnblock } from './unblock';

export const userDescription: INodeProperties[] = [
	operationSelector('user', [userBlock, userDelete, userUnblock], 'block'),
	// Social25 identifies the user (and the platform to block them on) by one of their conversations.
	...forOperation('user', ['block', 'unblock'], [conversationLocator('A conversation of the customer: Social25 blocks them on its platform')]),
	...userDeleteFields,
];
