import { forOperation, successOutput } from '../../../shared/operations';
import { channelLocator, contactField } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const contactDelete = operation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a contact',
	description: 'Delete a contact with all its messages, notes and other data',
	method: 'DELETE',
	path: '/channels/{channel}/contacts/{contact}',
	output: [successOutput()],
});

export const contactDeleteFields = forOperation('contact', 'delete', [channelLocator, contactField]);
