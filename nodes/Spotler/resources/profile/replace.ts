import { collection, forOperation } from '../../../shared/operations';
import { businessProfileOptions, profileBody } from '../../shared/business-profile';
import { channelLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const profileReplace = operation({
	name: 'Replace',
	value: 'replace',
	action: 'Replace the business profile',
	description: 'Overwrite the whole WhatsApp Business profile; fields left out become empty',
	method: 'POST',
	path: '/channels/{channel}/profile',
	preSend: [profileBody('businessProfile', 'about')],
});

export const profileReplaceFields = forOperation('profile', 'replace', [
	channelLocator,
	{ ...businessProfileOptions[0], required: true },
	collection('Business Profile', 'businessProfile', 'Add Field', businessProfileOptions.slice(1)),
]);
