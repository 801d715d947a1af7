import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { simplifyMessagePage } from '../../shared/common-message';
import { returnAllAndLimit } from '../../shared/descriptions';
import { MESSAGES_URL } from './url';

export const messageGetAll: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many messages',
	description: 'List the messages of a conversation',
	routing: { request: { method: 'GET', url: MESSAGES_URL } },
};

const show = { resource: ['message'], operation: ['getAll'] };

export const messageGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit(show),
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to output the common message shape shared by every provider of this package (the message stays under "raw"), instead of Social25\'s message as is',
		displayOptions: { show },
		routing: { output: { postReceive: [simplifyMessagePage] } },
	},
];
