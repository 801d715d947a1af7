import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { collection, forOperation, returnAllAndLimit } from '../../../shared/operations';
import { applyTimeFilters, sortedByName, timeFilters, waIdOf } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

async function assignmentEventFilters(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const filters = this.getNodeParameter('filters', {}) as { chat?: string };
	if (filters.chat) requestOptions.qs = { ...(requestOptions.qs ?? {}), wa_id: waIdOf(this, 'filters.chat', 'Chat') };
	return await applyTimeFilters.call(this, requestOptions);
}

export const chatGetAssignmentEvents = operation({
	name: 'Get Assignment Events',
	value: 'getAssignmentEvents',
	action: 'Get chat assignment events',
	// Wabbit API: GET /chat_assignment_events/, path inferred.
	description: 'Who assigned which chat to whom, and when, newest first',
	method: 'GET',
	path: '/chat_assignment_events/',
	preSend: [assignmentEventFilters],
});

export const chatGetAssignmentEventsFields = forOperation('chat', 'getAssignmentEvents', [
	...returnAllAndLimit({}),
	collection(
		'Filters',
		'filters',
		'Add Filter',
		sortedByName([
			{
				displayName: 'Chat (WhatsApp Number)',
				name: 'chat',
				type: 'string',
				default: '',
				placeholder: '+48 123 123 123',
				description: 'Only events of this chat',
			},
			...timeFilters(),
		]),
	),
]);
