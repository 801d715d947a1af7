import { forOperation, listOutput, returnAllAndLimit } from '../../../shared/operations';
import { operation } from '../../shared/operations';

export const companyGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many companies',
	description: 'List the companies the key can manage (several for resellers)',
	method: 'GET',
	path: '/companies',
	output: [listOutput()],
});

export const companyGetAllFields = forOperation('company', 'getAll', returnAllAndLimit({}));
