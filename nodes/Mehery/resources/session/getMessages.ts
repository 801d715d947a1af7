import type { INodeProperties } from 'n8n-workflow';

import { simplifySessionMessages } from '../../shared/common-message';
import { returnAllAndLimit, sessionIdField } from '../../shared/descriptions';

const showOnlyForSessionGetMessages = { operation: ['getMessages'], resource: ['session'] };

export const sessionGetMessagesDescription: INodeProperties[] = [
	sessionIdField(showOnlyForSessionGetMessages, 'The session whose messages to get'),
	...returnAllAndLimit(showOnlyForSessionGetMessages),
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to output the common message shape shared by every provider of this package (the message stays under "raw"), instead of Mehery\'s message as is',
		displayOptions: { show: showOnlyForSessionGetMessages },
		routing: { output: { postReceive: [simplifySessionMessages] } },
	},
];
