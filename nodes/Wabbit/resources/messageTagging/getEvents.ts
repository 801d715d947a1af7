import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { applyTimeFilters, returnAllAndLimit, showFor, sortedByName, timeFilters, waIdOf } from '../../shared/descriptions';

export const messageTaggingGetEventsDescription: INodeProperties[] = [
	...returnAllAndLimit('messageTagging', 'getEvents'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('messageTagging', ['getEvents']),
		options: sortedByName([
			{ displayName: 'Chat (WhatsApp Number)', name: 'chat', type: 'string', default: '', placeholder: '+48 123 123 123', description: 'Only events of messages in this chat' },
			{ displayName: 'Message ID', name: 'messageId', type: 'string', default: '', description: 'Only events of this message' },
			...timeFilters(),
		]),
	},
];

export async function prepareMessageTaggingEvents(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const filters = this.getNodeParameter('filters', {}) as { chat?: string; messageId?: string };
	const qs = { ...(requestOptions.qs ?? {}) };
	if (filters.chat) qs.wa_id = waIdOf(this, 'filters.chat', 'Chat');
	if (filters.messageId) qs.message_id = filters.messageId.trim();
	requestOptions.qs = qs;
	return await applyTimeFilters.call(this, requestOptions);
}
