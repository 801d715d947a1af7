import { forOperation, listOutput, returnAllAndLimit } from '../../../shared/operations';
import { channelLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const automatedMessageGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many automated messages',
	description: 'List the automated messages (greeting, away) of a channel',
	method: 'GET',
	path: '/channels/{channel}/automated-messages',
	output: [listOutput()],
});

export const automatedMessageGetAllFields = forOperation('automatedMessage', 'getAll', [channelLocator, ...returnAllAndLimit({})]);
