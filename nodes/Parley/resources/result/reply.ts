import { NodeOperationError, type IExecuteSingleFunctions, type IHttpRequestOptions, type INodeProperties } from 'n8n-workflow';

import { checkLength } from '../../../shared/limits';
import { forOperation, textParameter } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { readReplyAvailability } from '../../shared/envelope';
import { PARLEY_LIMITS, PARLEY_WHATSAPP_LIMITS } from '../../shared/limits';
import { REPLY_CONTENT_TYPE, replyForm } from '../../shared/messages';
import { operation } from '../../shared/operations';
import { outputReply } from '../../shared/output';
import { parleyApiBody } from '../../shared/transport';

/**
 * Parley only accepts replies to results whose replyAvailable is true, so the result is read
 * first: a refusal then names the reason instead of a bare 412, and nothing is sent.
 */
async function replyToReplyableResult(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const resultId = textParameter(this, 'resultId');
	const message = String(this.getNodeParameter('message', '') ?? '');
	if (message.trim() === '') throw fieldError(this, '"Message"', 'is empty');
	checkLength(this, 'Message', message, PARLEY_LIMITS.reply);
	const chosenConnection = String(this.getNodeParameter('connectionId', '') ?? '').trim();
	if (chosenConnection !== '' && !/^\d+$/.test(chosenConnection)) {
		throw fieldError(this, '"Connection"', `"${chosenConnection}" is not a connection ID (a whole number)`);
	}
	const { result, replyAvailable } = readReplyAvailability(await parleyApiBody(this, 'GET', `/results/${resultId}/noContext`));
	const itemIndex = this.getItemIndex();
	// Only a flag that says no stops the reply; an answer without a recognisable flag lets it go (Parley refuses if it must).
	if (replyAvailable === false) {
		throw new NodeOperationError(this.getNode(), `Result ${resultId} cannot be replied to (item ${itemIndex})`, {
			itemIndex,
			description: `Parley reports replyAvailable = false for this ${result?.source ?? ''} result, so no reply was sent. Replies are only possible on results where replyAvailable is true.`,
		});
	}
	if (result?.source === 'whatsapp') checkLength(this, 'Message', message, PARLEY_WHATSAPP_LIMITS.reply);
	const connectionId = chosenConnection !== '' ? chosenConnection : String(result?.connectionId ?? '');
	if (connectionId === '') throw fieldError(this, '"Connection"', `is needed: result ${resultId} has no connection of its own`);
	const visibility = this.getNodeParameter('visibility', 'public') as string;
	requestOptions.headers = { ...requestOptions.headers, 'Content-Type': REPLY_CONTENT_TYPE };
	requestOptions.body = replyForm({ message, connectionId, public: visibility === 'public' });
	return requestOptions;
}

export const resultReply = operation({
	name: 'Reply',
	value: 'reply',
	action: 'Reply to a result',
	description: 'Reply publicly or privately to a result that accepts replies',
	method: 'POST',
	path: '/results/{resultId}/replies',
	preSend: [replyToReplyableResult],
	output: [outputReply],
});

export const resultReplyFields: INodeProperties[] = forOperation('result', 'reply', [
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		description: 'The text of the reply',
	},
	{
		displayName: 'Visibility',
		name: 'visibility',
		type: 'options',
		default: 'public',
		options: [
			{ name: 'Private', value: 'private', description: 'Reply in a private message, even to a public post' },
			{ name: 'Public', value: 'public', description: 'Reply where the result was posted' },
		],
	},
	{
		displayName: 'Connection Name or ID',
		name: 'connectionId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getConnections' },
		default: '',
		description:
			'The account to reply from. Leave on the result\'s own connection unless you know better. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
]);
