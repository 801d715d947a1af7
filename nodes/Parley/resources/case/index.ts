import type { INodeProperties } from 'n8n-workflow';

import { operationSelector, showFor } from '../../../shared/operations';
import { searchIdLocator } from '../../shared/descriptions';
import { caseClose } from './close';
import { caseHandOver, caseHandOverFields } from './handOver';
import { caseReleaseHandler } from './releaseHandler';

export const caseDescription: INodeProperties[] = [
	operationSelector('case', [caseClose, caseHandOver, caseReleaseHandler], 'close'),
	{ ...searchIdLocator, displayOptions: showFor('case') },
	{
		displayName: 'Case ID',
		name: 'caseId',
		type: 'string',
		default: '',
		required: true,
		placeholder: '5001',
		description: 'The case (a conversation with one person on one source); results carry it as caseId',
		displayOptions: showFor('case'),
	},
	...caseHandOverFields,
];
