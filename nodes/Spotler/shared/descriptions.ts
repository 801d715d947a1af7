import type { INodeProperties } from 'n8n-workflow';

/** The channel picker shared by the action node and the trigger. */
export const channelLocator: INodeProperties = {
	displayName: 'Channel',
	name: 'channel',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The channel (e.g. your WhatsApp Business number) to use',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'getChannels', searchable: true },
		},
		{
			displayName: 'By JID',
			name: 'id',
			type: 'string',
			placeholder: '31611111111@whatsapp.eazy.im',
			validation: [
				{
					type: 'regex',
					properties: { regex: '^[^@\\s]+@[^@\\s]+$', errorMessage: 'Enter a JID such as 31611111111@whatsapp.eazy.im' },
				},
			],
		},
		{
			displayName: 'By Phone Number',
			name: 'phone',
			type: 'string',
			placeholder: '+31 6 11111111',
			hint: 'The WhatsApp Business number of the channel, in international format',
		},
	],
};
