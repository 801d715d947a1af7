import { forOperation, listOutput, returnAllAndLimit } from '../../../shared/operations';
import { channelLocator, contactField } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const noteGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many notes',
	description: 'List the notes of a contact',
	method: 'GET',
	path: '/channels/{channel}/contacts/{contact}/notes',
	output: [listOutput()],
});

export const noteGetAllFields = forOperation('note', 'getAll', [channelLocator, contactField, ...returnAllAndLimit({})]);
