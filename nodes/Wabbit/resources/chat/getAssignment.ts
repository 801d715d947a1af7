import { operation } from '../../shared/operations';

/** Its Chat field is Get's (get.ts). */
export const chatGetAssignment = operation({
	name: 'Get Assignment',
	value: 'getAssignment',
	action: 'Get the assignment of a chat',
	// Wabbit API: GET /chat_assignment/{wa_id}/, path inferred.
	description: 'Get the user and group a chat is assigned to',
	method: 'GET',
	path: '/chat_assignment/{chat}/',
});
