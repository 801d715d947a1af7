import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { MESSAGES_URL } from './url';

export const messageGetAll: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many messages',
	description: 'List the messages of a conversation',
	routing: { request: { method: 'GET', url: MESSAGES_URL } },
};

export const messageGetAllDescription: INodeProperties[] = returnAllAndLimit({ resource: ['message'], operation: ['getAll'] });
