import { forOperation } from '../../../shared/operations';
import { channelLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const profileGet = operation({
	name: 'Get',
	value: 'get',
	action: 'Get the business profile',
	description: 'Read the WhatsApp Business profile of a channel',
	method: 'GET',
	path: '/channels/{channel}/profile',
});

export const profileGetFields = forOperation('profile', 'get', [channelLocator]);
