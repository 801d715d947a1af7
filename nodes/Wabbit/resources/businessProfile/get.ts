import { operation } from '../../shared/operations';

export const businessProfileGet = operation({
	name: 'Get',
	value: 'get',
	action: 'Get the business profile',
	// Wabbit API: GET /settings/business/profile/, path inferred.
	description: 'Get the WhatsApp Business profile',
	method: 'GET',
	path: '/settings/business/profile/',
});
