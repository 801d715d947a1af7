import type { INodeProperties } from 'n8n-workflow';

import { pickerLocator, toBody, toQuery } from '../../shared/operations';

/** The channel picker: configured channels from the API, or a channel ID typed in. */
export const channelLocator = pickerLocator({
	displayName: 'Channel',
	name: 'channel',
	description: 'The channel to use, e.g. your WhatsApp Business number',
	searchListMethod: 'getChannels',
	modes: [
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'wa360:919988776655',
			hint: 'The channel ID as Mehery lists it (Channel > Get Many)',
		},
	],
});

/** The optional channel filter of a list operation (sent as the channelId query value). */
export function channelFilter(description: string): INodeProperties {
	return { ...channelLocator, required: false, description, routing: toQuery('channelId') };
}

/** The session field shared by the session operations. */
export function sessionIdField(description: string): INodeProperties {
	return {
		displayName: 'Session ID',
		name: 'sessionId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '61f3810a02e14c0877fc1a32',
		description,
		hint: 'Inbound messages carry it in session.sessionId (Mehery Trigger)',
		routing: toBody('sessionId'),
	};
}
