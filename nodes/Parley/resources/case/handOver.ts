import type { INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/operations';
import { operation } from '../../shared/operations';
import { outputCase } from '../../shared/output';

/** The external spec puts hand-over under /close/; the case stays open, only its handler changes. */
export const caseHandOver = operation({
	name: 'Hand Over',
	value: 'handOver',
	action: 'Hand a case over to a handler',
	description: 'Make another user the handler of the case',
	method: 'POST',
	path: '/searches/{searchId}/cases/{caseId}/close/handOverToHandler/{handlerId}',
	output: [outputCase],
});

export const caseHandOverFields: INodeProperties[] = forOperation('case', 'handOver', [
	{
		displayName: 'Handler Name or ID',
		name: 'handlerId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getUsers' },
		default: '',
		required: true,
		description: 'The user who takes over the case. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
]);
