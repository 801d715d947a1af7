import { collection, forOperation } from '../../../shared/operations';
import { businessProfileOptions, profileBody } from '../../shared/business-profile';
import { channelLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const profileUpdate = operation({
	name: 'Update',
	value: 'update',
	action: 'Update the business profile',
	description: 'Change some fields of the WhatsApp Business profile and keep the others',
	method: 'PATCH',
	path: '/channels/{channel}/profile',
	preSend: [profileBody('updateFields')],
});

export const profileUpdateFields = forOperation('profile', 'update', [channelLocator, collection('Update Fields', 'updateFields', 'Add Field', businessProfileOptions)]);
