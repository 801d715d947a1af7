import { forOperation } from '../../../shared/operations';
import { operation } from '../../shared/operations';

export const contactGet = operation({
	name: 'Get',
	value: 'get',
	action: 'Get a contact',
	// Wabbit API: GET /contacts/{wa_id}/, path inferred.
	description: 'Resolve a WhatsApp number in every Contact Provider',
	method: 'GET',
	path: '/contacts/{waId}/',
});

export const contactGetFields = forOperation('contact', 'get', [
	{
		displayName: 'WhatsApp Number',
		name: 'waId',
		type: 'string',
		default: '',
		required: true,
		placeholder: '+48 123 123 123',
		description: 'Looks the number up in every Contact Provider, live (slow)',
	},
]);
