import { forOperation, returnAllFields } from '../../shared/descriptions';
import { listOutput, operation } from '../../shared/routing';

export const channelGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many channels',
	description: 'List the channels the API key can reach',
	method: 'GET',
	path: '/channels',
	output: [listOutput()],
});

export const channelGetAllFields = forOperation('channel', 'getAll', returnAllFields({}));
