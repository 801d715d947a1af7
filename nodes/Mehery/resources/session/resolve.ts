import type { INodeProperties } from 'n8n-workflow';

import { sessionIdField } from '../../shared/descriptions';

export const sessionResolveDescription: INodeProperties[] = [
	sessionIdField({ operation: ['resolve'], resource: ['session'] }, 'The session to resolve'),
];
