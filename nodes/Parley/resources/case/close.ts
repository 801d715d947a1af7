import { operation } from '../../shared/operations';
import { outputCase } from '../../shared/output';

export const caseClose = operation({
	name: 'Close',
	value: 'close',
	action: 'Close a case',
	description: 'Close the case',
	method: 'POST',
	path: '/searches/{searchId}/cases/{caseId}/close',
	output: [outputCase],
});
