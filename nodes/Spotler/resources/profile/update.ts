import { channelLocator, forOperation } from '../../shared/descriptions';
import { operation } from '../../shared/routing';
import { businessProfileOptions, profileBody } from './shared';

export const profileUpdate = operation({
	name: 'Update',
	value: 'update',
	action: 'Update the business profile',
	description: 'Change some fields of the WhatsApp Business profile and keep the others',
	method: 'PATCH',
	path: '/channels/{channel}/profile',
	preSend: [profileBody('updateFields')],
});

export const profileUpdateFields = forOperation('profile', 'update', [
	channelLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: businessProfileOptions,
	},
]);
