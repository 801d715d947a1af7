import { channelLocator, forOperation, returnAllFields } from '../../shared/descriptions';
import { listOutput, operation } from '../../shared/routing';

export const listGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many lists',
	description: 'List the contact lists of a channel',
	method: 'GET',
	path: '/channels/{channel}/lists',
	output: [listOutput()],
});

export const listGetAllFields = forOperation('list', 'getAll', [channelLocator, ...returnAllFields({})]);
