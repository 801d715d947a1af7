import type { INodeProperties } from 'n8n-workflow';

import { searchIdLocator } from '../../shared/descriptions';
import { outputCase } from '../../shared/output';
import { prepareCaseClose } from './close';
import { caseHandOverDescription, prepareCaseHandOver } from './handOver';
import { prepareCaseReleaseHandler } from './releaseHandler';

const showOnlyForCases = { resource: ['case'] };
const caseOutput = { postReceive: [outputCase] };

export const caseDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForCases },
		options: [
			{
				name: 'Close',
				value: 'close',
				action: 'Close a case',
				routing: { request: { method: 'POST', url: '/searches' }, send: { preSend: [prepareCaseClose] }, output: caseOutput },
			},
			{
				name: 'Hand Over',
				value: 'handOver',
				action: 'Hand a case over to a handler',
				description: 'Make another user the handler of the case',
				routing: { request: { method: 'POST', url: '/searches' }, send: { preSend: [prepareCaseHandOver] }, output: caseOutput },
			},
			{
				name: 'Release Handler',
				value: 'releaseHandler',
				action: 'Release the handler of a case',
				description: 'Leave the case without a handler',
				routing: { request: { method: 'POST', url: '/searches' }, send: { preSend: [prepareCaseReleaseHandler] }, output: caseOutput },
			},
		],
		default: 'close',
	},
	{ ...searchIdLocator, displayOptions: { show: showOnlyForCases } },
	{
		displayName: 'Case ID',
		name: 'caseId',
		type: 'string',
		default: '',
		required: true,
		placeholder: '5001',
		description: 'The case (a conversation with one person on one source); results carry it as caseId',
		displayOptions: { show: showOnlyForCases },
	},
	...caseHandOverDescription,
];
