import { forOperation } from '../../../shared/operations';
import { sessionIdField } from '../../shared/descriptions';
import { meheryResults } from '../../shared/envelope';
import { operation } from '../../shared/operations';

export const sessionClose = operation({
	name: 'Close',
	value: 'close',
	action: 'Close a session',
	description: 'Close the active session',
	method: 'POST',
	path: '/api/v1/session/close',
	// Every session call answers with InBoundEvents (or messages) in `results`.
	output: [meheryResults],
});

export const sessionCloseFields = forOperation('session', 'close', [sessionIdField('The session to close')]);
