import { forOperation } from '../../../shared/operations';
import { channelLocator, contactField } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const contactGet = operation({
	name: 'Get',
	value: 'get',
	action: 'Get a contact',
	description: 'Read a contact with its notes',
	method: 'GET',
	path: '/channels/{channel}/contacts/{contact}',
});

export const contactGetFields = forOperation('contact', 'get', [channelLocator, contactField]);
