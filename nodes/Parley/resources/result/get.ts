import { operation } from '../../shared/operations';
import { outputResultWithContext } from '../../shared/output';

export const resultGet = operation({
	name: 'Get',
	value: 'get',
	action: 'Get a result with context',
	description: 'Get a result and up to 10 other results of its case',
	method: 'GET',
	path: '/results/{resultId}',
	output: [outputResultWithContext],
});
