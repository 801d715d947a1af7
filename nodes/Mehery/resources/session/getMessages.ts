import { forOperation, returnAllAndLimit } from '../../../shared/operations';
import { simplifySessionMessages } from '../../shared/common-message';
import { sessionIdField } from '../../shared/descriptions';
import { meheryResults } from '../../shared/envelope';
import { operation } from '../../shared/operations';

export const sessionGetMessages = operation({
	name: 'Get Messages',
	value: 'getMessages',
	action: 'Get the messages of a session',
	description: 'List every message of a session',
	method: 'POST',
	path: '/api/v1/session/messages',
	output: [meheryResults],
});

export const sessionGetMessagesFields = forOperation('session', 'getMessages', [
	sessionIdField('The session whose messages to get'),
	// The API returns whole lists, so Limit cuts them.
	...returnAllAndLimit({}, { cutList: true }),
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description: 'Whether to output the common message shape shared by every provider of this package (the message stays under "raw"), instead of Mehery\'s message as is',
		routing: { output: { postReceive: [simplifySessionMessages] } },
	},
]);
