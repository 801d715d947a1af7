import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { idParameter } from '../../shared/parameters';
import { casePath } from './path';

export const caseHandOverDescription: INodeProperties[] = [
	{
		displayName: 'Handler Name or ID',
		name: 'handlerId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getUsers' },
		default: '',
		required: true,
		description: 'The user who takes over the case. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { resource: ['case'], operation: ['handOver'] } },
	},
];

/** The external spec puts hand-over under /close/; the case stays open, only its handler changes. */
export async function prepareCaseHandOver(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	requestOptions.url = `${casePath(this)}/close/handOverToHandler/${idParameter(this, 'handlerId', 'Handler')}`;
	return requestOptions;
}
