import { forOperation } from '../../../shared/operations';
import { chatLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const chatGet = operation({
	name: 'Get',
	value: 'get',
	action: 'Get a chat',
	// Wabbit API: GET /chats/{wa_id}/, path inferred.
	description: 'Get a chat with its contact, last message, assignment and tags',
	method: 'GET',
	path: '/chats/{chat}/',
});

/** Get Assignment and the assignment writes name the chat the same way. */
export const chatGetFields = forOperation('chat', ['get', 'getAssignment', 'setAssignment', 'updateAssignment'], [chatLocator]);
