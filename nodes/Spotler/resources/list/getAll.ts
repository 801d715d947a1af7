import { forOperation, listOutput, returnAllAndLimit } from '../../../shared/operations';
import { channelLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const listGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many lists',
	description: 'List the contact lists of a channel',
	method: 'GET',
	path: '/channels/{channel}/lists',
	output: [listOutput()],
});

export const listGetAllFields = forOperation('list', 'getAll', [channelLocator, ...returnAllAndLimit({})]);
