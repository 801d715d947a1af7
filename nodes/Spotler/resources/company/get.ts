import { companyLocator, forOperation } from '../../shared/descriptions';
import { operation } from '../../shared/routing';

export const companyGet = operation({
	name: 'Get',
	value: 'get',
	action: 'Get a company',
	description: 'Read one company',
	method: 'GET',
	path: '/companies/{company}',
});

export const companyGetFields = forOperation('company', 'get', [companyLocator]);
