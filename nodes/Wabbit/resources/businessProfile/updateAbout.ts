import { limitParameters } from '../../../shared/limits';
import { forOperation, toBody } from '../../../shared/operations';
import { requireParameters } from '../../../shared/validation';
import { WABBIT_LIMITS } from '../../shared/limits';
import { operation } from '../../shared/operations';

export const businessProfileUpdateAbout = operation({
	name: 'Update About',
	value: 'updateAbout',
	action: 'Update the profile about text',
	// Wabbit API: PATCH /settings/profile/about/, inferred.
	description: 'Change the profile\'s "About" text; admins only',
	method: 'PATCH',
	path: '/settings/profile/about/',
	preSend: [requireParameters({ aboutText: 'About Text' }), limitParameters({ aboutText: ['About Text', WABBIT_LIMITS.about] })],
});

export const businessProfileUpdateAboutFields = forOperation('businessProfile', 'updateAbout', [
	{
		displayName: 'About Text',
		name: 'aboutText',
		type: 'string',
		default: '',
		required: true,
		description: 'The "About" line of the WhatsApp profile (up to 139 characters)',
		routing: toBody('text'),
	},
]);
