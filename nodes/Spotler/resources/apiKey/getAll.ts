import { forOperation, listOutput, returnAllAndLimit } from '../../../shared/operations';
import { operation } from '../../shared/operations';

export const apiKeyGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many API keys',
	description: 'List the API keys of the company (needs a company key). Keys are stored hashed, so their secrets are never shown.',
	method: 'GET',
	path: '/keys',
	output: [listOutput()],
});

export const apiKeyGetAllFields = forOperation('apiKey', 'getAll', returnAllAndLimit({}));
