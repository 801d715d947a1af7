import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { idParameter } from '../../shared/parameters';

export const resultSendEventDescription: INodeProperties[] = [
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		default: 'starttyping',
		options: [
			{ name: 'Close', value: 'closed', description: 'Mark the result as closed' },
			{ name: 'Open', value: 'opened', description: 'Mark the result as open again' },
			{ name: 'Start Typing', value: 'starttyping', description: 'Show the customer that an agent is typing (where the platform supports it)' },
			{ name: 'Stop Typing', value: 'stoptyping', description: 'Stop showing that an agent is typing' },
		],
		displayOptions: { show: { resource: ['result'], operation: ['sendEvent'] } },
	},
];

export async function prepareResultSendEvent(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const resultId = idParameter(this, 'resultId', 'Result ID');
	requestOptions.url = `/results/${resultId}/event/${encodeURIComponent(this.getNodeParameter('event') as string)}`;
	return requestOptions;
}

/** The API answers with empty data; say what was done instead. */
export async function describeSentEvent(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = response.body as { status?: string; metadata?: { values?: { url?: string } } };
	return [
		{
			json: {
				success: body.status === 'SUCCES',
				resultId: Number(idParameter(this, 'resultId', 'Result ID')),
				event: this.getNodeParameter('event') as string,
				url: body.metadata?.values?.url ?? null,
			},
		},
	];
}
