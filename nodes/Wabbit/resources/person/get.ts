import { forOperation } from '../../../shared/operations';
import { chatLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const personGet = operation({
	name: 'Get',
	value: 'get',
	action: 'Get a person',
	// Wabbit API: GET /persons/{wa_id}/, path inferred.
	description: 'Get a WhatsApp user the inbox has talked to',
	method: 'GET',
	path: '/persons/{person}/',
});

export const personGetFields = forOperation('person', 'get', [{ ...chatLocator, displayName: 'Person', description: "The person's WhatsApp number (wa_id)" }]);
