import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { applyTimeFilters, returnAllAndLimit, showFor, sortedByName, timeFilters, waIdOf } from '../../shared/descriptions';

export const chatTaggingGetEventsDescription: INodeProperties[] = [
	...returnAllAndLimit('chatTagging', 'getEvents'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('chatTagging', ['getEvents']),
		options: sortedByName([
			{ displayName: 'Chat (WhatsApp Number)', name: 'chat', type: 'string', default: '', placeholder: '+48 123 123 123', description: 'Only events of this chat' },
			...timeFilters(),
		]),
	},
];

export async function prepareChatTaggingEvents(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const filters = this.getNodeParameter('filters', {}) as { chat?: string };
	if (filters.chat) requestOptions.qs = { ...(requestOptions.qs ?? {}), wa_id: waIdOf(this, 'filters.chat', 'Chat') };
	return await applyTimeFilters.call(this, requestOptions);
}
