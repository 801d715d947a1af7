import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, sessionIdField } from '../../shared/descriptions';

const showOnlyForSessionGetMessages = { operation: ['getMessages'], resource: ['session'] };

export const sessionGetMessagesDescription: INodeProperties[] = [
	sessionIdField(showOnlyForSessionGetMessages, 'The session whose messages to get'),
	...returnAllAndLimit(showOnlyForSessionGetMessages),
];
