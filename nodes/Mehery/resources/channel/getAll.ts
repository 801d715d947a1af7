import { forOperation, returnAllAndLimit } from '../../../shared/operations';
import { meheryResults } from '../../shared/envelope';
import { operation } from '../../shared/operations';

export const channelGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many channels',
	description: 'List the configured channels',
	method: 'GET',
	path: '/api/v1/config/channels',
	output: [meheryResults],
});

export const channelGetAllFields = forOperation('channel', 'getAll', [
	{
		displayName: 'Include Sandbox Channels',
		name: 'includeSandbox',
		type: 'boolean',
		default: false,
		description: 'Whether to list sandbox channels too',
		// The API's spec spells the flag "sabdnox", its prose "sandbox": both are sent.
		routing: { request: { qs: { sabdnox: '={{$value}}', sandbox: '={{$value}}' } } },
	},
	// The API returns whole lists, so Limit cuts them.
	...returnAllAndLimit({}, { cutList: true }),
]);
