import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { collection, forOperation, returnAllAndLimit } from '../../../shared/operations';
import { applyTimeFilters, sortedByName, timeFilters, waIdOf } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const chatTaggingGetEvents = operation({
	name: 'Get Events',
	value: 'getEvents',
	action: 'Get chat tagging events',
	// Wabbit API: GET /chat_tagging_events/, path inferred.
	description: 'Who added or removed which tag, and when, newest first',
	method: 'GET',
	path: '/chat_tagging_events/',
	preSend: [taggingEventFilters],
});

export const chatTaggingGetEventsFields = forOperation('chatTagging', 'getEvents', [
	...returnAllAndLimit({}),
	collection(
		'Filters',
		'filters',
		'Add Filter',
		sortedByName([{ displayName: 'Chat (WhatsApp Number)', name: 'chat', type: 'string', default: '', placeholder: '+48 123 123 123', description: 'Only events of this chat' }, ...timeFilters()]),
	),
]);

async function taggingEventFilters(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const filters = this.getNodeParameter('filters', {}) as { chat?: string };
	if (filters.chat) requestOptions.qs = { ...(requestOptions.qs ?? {}), wa_id: waIdOf(this, 'filters.chat', 'Chat') };
	return await applyTimeFilters.call(this, requestOptions);
}
