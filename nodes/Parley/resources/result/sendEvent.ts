import type { IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { forOperation, textParameter } from '../../../shared/operations';
import { operation } from '../../shared/operations';

/** The API answers with empty data; say what was done instead. */
async function describeSentEvent(this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse): Promise<INodeExecutionData[]> {
	const body = response.body as { status?: string; metadata?: { values?: { url?: string } } };
	return [
		{
			json: {
				success: body.status === 'SUCCES',
				resultId: Number(textParameter(this, 'resultId')),
				event: this.getNodeParameter('event') as string,
				url: body.metadata?.values?.url ?? null,
			},
		},
	];
}

export const resultSendEvent = operation({
	name: 'Send Event',
	value: 'sendEvent',
	action: 'Send an event on a result',
	description: 'Start or stop typing, or open or close a result',
	method: 'POST',
	path: '/results/{resultId}/event/{event}',
	output: [describeSentEvent],
});

export const resultSendEventFields: INodeProperties[] = forOperation('result', 'sendEvent', [
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
	},
]);
