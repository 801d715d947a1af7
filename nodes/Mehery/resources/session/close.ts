import type { INodeProperties } from 'n8n-workflow';

import { sessionIdField } from '../../shared/descriptions';

export const sessionCloseDescription: INodeProperties[] = [
	sessionIdField({ operation: ['close'], resource: ['session'] }, 'The session to close'),
];
