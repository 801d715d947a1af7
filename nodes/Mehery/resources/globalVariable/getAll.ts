import { collection, forOperation, returnAllAndLimit } from '../../../shared/operations';
import { channelFilter } from '../../shared/descriptions';
import { meheryResults } from '../../shared/envelope';
import { operation } from '../../shared/operations';

export const globalVariableGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many global variables',
	description: "List the account's global variables",
	method: 'GET',
	path: '/api/v1/config/global/vars',
	output: [meheryResults],
});

export const globalVariableGetAllFields = forOperation('globalVariable', 'getAll', [
	// The API returns whole lists, so Limit cuts them.
	...returnAllAndLimit({}, { cutList: true }),
	collection('Filters', 'filters', 'Add Filter', [channelFilter('Only variables that apply to this channel')]),
]);
