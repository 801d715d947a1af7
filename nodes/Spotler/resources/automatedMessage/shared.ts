import type { INodeProperties } from 'n8n-workflow';

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
