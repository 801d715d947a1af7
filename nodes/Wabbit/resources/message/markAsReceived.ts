import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import type { MarkAsReceived } from '../../../../schemas/wabbit/types.generated';
import { forOperation } from '../../../shared/operations';
import { chatLocator, posixOf, waIdOf } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

function markBody(this: IExecuteSingleFunctions): MarkAsReceived {
	return {
		customer_wa_id: waIdOf(this, 'chat', 'Chat'),
		timestamp: posixOf(this, this.getNodeParameter('receivedUpTo', ''), 'Received Up To'),
	};
}

/** Wabbit answers {}; the item says what was marked instead. */
async function markedOutput(this: IExecuteSingleFunctions, _items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return [{ json: { success: true, ...markBody.call(this) } }];
}

export const messageMarkAsReceived = operation<MarkAsReceived>({
	name: 'Mark As Received',
	value: 'markAsReceived',
	action: 'Mark messages as received',
	description: "Mark a chat's messages up to a time as received by the credential's user",
	method: 'POST',
	path: '/mark_as_received/',
	body: markBody,
	output: [markedOutput],
});

/** Send names the chat the same way. */
export const messageChatFields = forOperation('message', ['send', 'markAsReceived'], [chatLocator]);

export const messageMarkAsReceivedFields = forOperation('message', 'markAsReceived', [
	{
		displayName: 'Received Up To',
		name: 'receivedUpTo',
		type: 'string',
		default: '={{ $now.toISO() }}',
		required: true,
		description:
			"Messages of the chat up to this time count as received by the credential's user. A date, or the POSIX timestamp of the newest message read (the waba_payload.timestamp of that message).",
	},
]);
