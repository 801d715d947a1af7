import { forOperation, listOutput, returnAllAndLimit } from '../../../shared/operations';
import { channelLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const webhookGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many webhooks',
	description: 'List the webhooks of a channel',
	method: 'GET',
	path: '/channels/{channel}/webhooks',
	output: [listOutput()],
});

export const webhookGetAllFields = forOperation('webhook', 'getAll', [channelLocator, ...returnAllAndLimit({})]);
