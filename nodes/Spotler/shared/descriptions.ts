import type { INodeProperties } from 'n8n-workflow';

import { pickerLocator } from '../../shared/operations';

/** The channel picker shared by the action node and the trigger. */
export const channelLocator = pickerLocator({
	displayName: 'Channel',
	name: 'channel',
	description: 'The channel (e.g. your WhatsApp Business number) to use',
	searchListMethod: 'getChannels',
	modes: [
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
});

export const contactField: INodeProperties = {
	displayName: 'Contact',
	name: 'contact',
	type: 'string',
	default: '',
	required: true,
	placeholder: '+31 6 12345678',
	description: 'A phone number in international format for WhatsApp and SMS channels, the contact ID on other channels, or the contact JID (e.g. 31612345678@whatsapp.eazy.im)',
};

/** A picker of something the API lists, with one mode for an ID typed in (expressions, pasted values). */
function locator(spec: { displayName: string; name: string; searchListMethod: string; idLabel: string; placeholder: string; description: string; required?: boolean }): INodeProperties {
	const { idLabel, placeholder, ...picker } = spec;
	return pickerLocator({ ...picker, modes: [{ displayName: idLabel, name: 'id', type: 'string', placeholder }] });
}

export const companyLocator = locator({
	displayName: 'Company',
	name: 'company',
	searchListMethod: 'getCompanies',
	idLabel: 'By ID',
	placeholder: '458e633a-ab50-445f-9d1f-52afbf720ec3',
	description: 'Leave empty to use the company the API key belongs to (resellers can pick another one)',
	required: false,
});

export const agentLocator = locator({
	displayName: 'Agent',
	name: 'agent',
	searchListMethod: 'getAgents',
	idLabel: 'By E-Mail',
	placeholder: 'jane@mycompany.com',
	description: 'The agent, identified by e-mail address',
});

export const assistantLocator = locator({
	displayName: 'Assistant',
	name: 'assistant',
	searchListMethod: 'getAssistants',
	idLabel: 'By JID',
	placeholder: '1563451622477@ai.eazy.im',
	description: 'The assistant (bot)',
});

export const labelLocator = locator({
	displayName: 'Label',
	name: 'label',
	searchListMethod: 'getLabels',
	idLabel: 'By JID',
	placeholder: '1580486175684@label.eazy.im',
	description: 'The label',
});

export const teamLocator = locator({
	displayName: 'Team',
	name: 'team',
	searchListMethod: 'getTeams',
	idLabel: 'By JID',
	placeholder: '1580486135318@team.eazy.im',
	description: 'The team',
});

export const listLocator = locator({
	displayName: 'List',
	name: 'list',
	searchListMethod: 'getLists',
	idLabel: 'By JID',
	placeholder: '1571833730@list.eazy.im',
	description: 'The contact list',
});

export const templateLocator = locator({
	displayName: 'Template',
	name: 'template',
	searchListMethod: 'getTemplates',
	idLabel: 'By Name',
	placeholder: 'delivery_notification',
	description: 'The WhatsApp template, by name',
});

export const automatedMessageTypeField: INodeProperties = {
	displayName: 'Type',
	name: 'automatedMessageType',
	type: 'options',
	default: 'GREETING',
	options: [
		{ name: 'Away', value: 'AWAY', description: 'Sent when a customer writes outside opening hours' },
		{ name: 'Greeting', value: 'GREETING', description: 'Sent when a customer starts a conversation' },
	],
};

export const noteIdField: INodeProperties = {
	displayName: 'Note ID',
	name: 'noteId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '0c3d6c1e-7d1a-4b8e-9d4f-1b2c3d4e5f60',
	description: 'The ID of the note (from Note → Get Many)',
};

export const webhookIdField: INodeProperties = {
	displayName: 'Webhook ID',
	name: 'webhookId',
	type: 'string',
	default: '',
	required: true,
	description: 'The ID of the webhook (from Webhook → Get Many)',
};
