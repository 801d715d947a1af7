import { channelLocator, contactField, forOperation, returnAllFields } from '../../shared/descriptions';
import { listOutput, operation } from '../../shared/routing';

export const noteGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many notes',
	description: 'List the notes of a contact',
	method: 'GET',
	path: '/channels/{channel}/contacts/{contact}/notes',
	output: [listOutput()],
});

export const noteGetAllFields = forOperation('note', 'getAll', [channelLocator, contactField, ...returnAllFields({})]);
