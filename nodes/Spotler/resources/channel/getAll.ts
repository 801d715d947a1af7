import { forOperation, listOutput, returnAllAndLimit } from '../../../shared/operations';
import { operation } from '../../shared/operations';

export const channelGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many channels',
	description: 'List the channels the API key can reach',
	method: 'GET',
	path: '/channels',
	output: [listOutput()],
});

export const channelGetAllFields = forOperation('channel', 'getAll', returnAllAndLimit({}));
