import { forOperation } from '../../../shared/operations';
import { companyLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const companyGet = operation({
	name: 'Get',
	value: 'get',
	action: 'Get a company',
	description: 'Read one company',
	method: 'GET',
	path: '/companies/{company}',
});

export const companyGetFields = forOperation('company', 'get', [companyLocator]);
