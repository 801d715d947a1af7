import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

const showOnlyForChannelGetAll = { operation: ['getAll'], resource: ['channel'] };

export const channelGetAllDescription: INodeProperties[] = [
	{
		displayName: 'Include Sandbox Channels',
		name: 'includeSandbox',
		type: 'boolean',
		default: false,
		description: 'Whether to list sandbox channels too',
		displayOptions: { show: showOnlyForChannelGetAll },
		// The API's spec spells the flag "sabdnox", its prose "sandbox": both are sent.
		routing: { request: { qs: { sabdnox: '={{$value}}', sandbox: '={{$value}}' } } },
	},
	...returnAllAndLimit(showOnlyForChannelGetAll),
];
