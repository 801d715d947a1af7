import { channelLocator, forOperation, returnAllFields } from '../../shared/descriptions';
import { listOutput, operation } from '../../shared/routing';

export const webhookGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many webhooks',
	description: 'List the webhooks of a channel',
	method: 'GET',
	path: '/channels/{channel}/webhooks',
	output: [listOutput()],
});

export const webhookGetAllFields = forOperation('webhook', 'getAll', [channelLocator, ...returnAllFields({})]);
