import { simplifyResults } from '../../shared/common-message';
import { operation } from '../../shared/operations';
import { outputResult } from '../../shared/output';

export const resultGetWithoutContext = operation({
	name: 'Get Without Context',
	value: 'getWithoutContext',
	action: 'Get a result without context',
	description: 'Get only the result itself',
	method: 'GET',
	path: '/results/{resultId}/noContext',
	output: [outputResult, simplifyResults],
});
