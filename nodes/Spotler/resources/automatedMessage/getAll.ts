import { channelLocator, forOperation, returnAllFields } from '../../shared/descriptions';
import { listOutput, operation } from '../../shared/routing';

export const automatedMessageGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many automated messages',
	description: 'List the automated messages (greeting, away) of a channel',
	method: 'GET',
	path: '/channels/{channel}/automated-messages',
	output: [listOutput()],
});

export const automatedMessageGetAllFields = forOperation('automatedMessage', 'getAll', [channelLocator, ...returnAllFields({})]);
