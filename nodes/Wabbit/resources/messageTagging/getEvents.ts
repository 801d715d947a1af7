import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { collection, forOperation, returnAllAndLimit } from '../../../shared/operations';
import { applyTimeFilters, sortedByName, timeFilters, waIdOf } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const messageTaggingGetEvents = operation({
	name: 'Get Events',
	value: 'getEvents',
	action: 'Get message tagging events',
	// Wabbit API: GET /message_tagging_events/, path inferred.
	description: 'Who added or removed which tag, and when, newest first',
	method: 'GET',
	path: '/message_tagging_events/',
	preSend: [taggingEventFilters],
});

export const messageTaggingGetEventsFields = forOperation('messageTagging', 'getEvents', [
	...returnAllAndLimit({}),
	collection(
		'Filters',
		'filters',
		'Add Filter',
		sortedByName([
			{ displayName: 'Chat (WhatsApp Number)', name: 'chat', type: 'string', default: '', placeholder: '+48 123 123 123', description: 'Only events of messages in this chat' },
			{ displayName: 'Message ID', name: 'messageId', type: 'string', default: '', description: 'Only events of this message' },
			...timeFilters(),
		]),
	),
]);

async function taggingEventFilters(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const filters = this.getNodeParameter('filters', {}) as { chat?: string; messageId?: string };
	const qs = { ...(requestOptions.qs ?? {}) };
	if (filters.chat) qs.wa_id = waIdOf(this, 'filters.chat', 'Chat');
	if (filters.messageId) qs.message_id = filters.messageId.trim();
	requestOptions.qs = qs;
	return await applyTimeFilters.call(this, requestOptions);
}
