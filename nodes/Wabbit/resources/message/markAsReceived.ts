import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { MarkAsReceived } from '../../../../schemas/wabbit/types.generated';
import { chatLocator, posixOf, showFor, waIdOf } from '../../shared/descriptions';

export const messageMarkAsReceivedDescription: INodeProperties[] = [
	{
		displayName: 'Received Up To',
		name: 'receivedUpTo',
		type: 'string',
		default: '={{ $now.toISO() }}',
		required: true,
		description: 'Messages of the chat up to this time count as received by the credential\'s user. A date, or the POSIX timestamp of the newest message read (the waba_payload.timestamp of that message).',
		displayOptions: showFor('message', ['markAsReceived']),
	},
];

export const messageChatDescription: INodeProperties = { ...chatLocator, displayOptions: showFor('message', ['send', 'markAsReceived']) };

export async function prepareMarkAsReceived(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body: MarkAsReceived = {
		customer_wa_id: waIdOf(this, 'chat', 'Chat'),
		timestamp: posixOf(this, this.getNodeParameter('receivedUpTo', ''), 'Received Up To'),
	};
	requestOptions.body = body;
	return requestOptions;
}

/** Wabbit answers {}; the item says what was marked instead. */
export async function markAsReceivedOutput(this: IExecuteSingleFunctions, _items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return [
		{
			json: {
				success: true,
				customer_wa_id: waIdOf(this, 'chat', 'Chat'),
				timestamp: posixOf(this, this.getNodeParameter('receivedUpTo', ''), 'Received Up To'),
			},
		},
	];
}
