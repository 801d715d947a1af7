import { forOperation, returnAllFields } from '../../shared/descriptions';
import { listOutput, operation } from '../../shared/routing';

export const companyGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many companies',
	description: 'List the companies the key can manage (several for resellers)',
	method: 'GET',
	path: '/companies',
	output: [listOutput()],
});

export const companyGetAllFields = forOperation('company', 'getAll', returnAllFields({}));
