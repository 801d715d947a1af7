import { operation } from '../../shared/operations';

export const companyGetCurrent = operation({
	name: 'Get Current',
	value: 'getCurrent',
	action: 'Get the current company',
	description: 'Read the company the API key belongs to',
	method: 'GET',
	path: '/companies/current',
});
