import { operation } from '../../shared/operations';
import { outputCase } from '../../shared/output';

export const caseReleaseHandler = operation({
	name: 'Release Handler',
	value: 'releaseHandler',
	action: 'Release the handler of a case',
	description: 'Leave the case without a handler',
	method: 'POST',
	path: '/searches/{searchId}/cases/{caseId}/releaseHandler',
	output: [outputCase],
});
