import { operation } from '../../shared/operations';
import { outputConfiguration } from '../../shared/output';

export const configurationGet = operation({
	name: 'Get',
	value: 'get',
	action: 'Get the account configuration',
	description: 'Get search profiles, connections, users and the integer codes results use',
	method: 'GET',
	path: '/configuration',
	output: [outputConfiguration],
});
