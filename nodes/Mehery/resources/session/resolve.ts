import { forOperation } from '../../../shared/operations';
import { sessionIdField } from '../../shared/descriptions';
import { meheryResults } from '../../shared/envelope';
import { operation } from '../../shared/operations';

export const sessionResolve = operation({
	name: 'Resolve',
	value: 'resolve',
	action: 'Resolve a session',
	description: 'Mark the session resolved, leaving it to the customer to close',
	method: 'POST',
	path: '/api/v1/session/resolve',
	output: [meheryResults],
});

export const sessionResolveFields = forOperation('session', 'resolve', [sessionIdField('The session to resolve')]);
