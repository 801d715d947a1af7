import { forOperation } from '../../../shared/operations';
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
	{
		displayName: 'Business Profile',
		name: 'businessProfile',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: businessProfileOptions.slice(1),
	},
]);
