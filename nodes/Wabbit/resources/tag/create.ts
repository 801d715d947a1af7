import { limitParameters } from '../../../shared/limits';
import { collection, forOperation, toBody } from '../../../shared/operations';
import { requireParameters } from '../../../shared/validation';
import { WABBIT_LIMITS } from '../../shared/limits';
import { operation } from '../../shared/operations';

export const tagCreate = operation({
	name: 'Create',
	value: 'create',
	action: 'Create a tag',
	// Wabbit API: POST /tags/, method inferred.
	description: 'Create a tag for tagging chats and messages',
	method: 'POST',
	path: '/tags/',
	preSend: [requireParameters({ name: 'Name' }), limitParameters({ name: ['Name', WABBIT_LIMITS.tagName] })],
});

export const tagCreateFields = forOperation('tag', 'create', [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Agent needed',
		description: 'Tag names are unique in the inbox',
		routing: toBody('name'),
	},
	collection('Additional Fields', 'additionalFields', 'Add Field', [
		{
			displayName: 'Web Inbox Color',
			name: 'webInboxColor',
			type: 'color',
			default: '#e53935',
			description: 'The colour the Web Inbox shows the tag in',
			routing: toBody('web_inbox_color'),
		},
	]),
]);
