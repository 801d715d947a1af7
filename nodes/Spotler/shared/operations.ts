import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { operationKit, textParameter } from '../../shared/operations';
import { fieldError } from '../../shared/validation';
import { jidPath, toChannelJid, toContactJid } from './jid';
import { spotlerApiRequest } from './transport';

/** A JID from what the user typed; a JidError's message says what is wrong with the value. */
function jidOf(ctx: IExecuteSingleFunctions, label: string, text: string, toJid: (text: string) => string): string {
	if (text === '') throw fieldError(ctx, `"${label}"`, 'is empty');
	try {
		return toJid(text);
	} catch (error) {
		throw fieldError(ctx, `"${label}"`, (error as Error).message);
	}
}

/** The channel JID from a JID or a WhatsApp number. */
export function channelJidOf(ctx: IExecuteSingleFunctions): string {
	return jidOf(ctx, 'Channel', textParameter(ctx, 'channel'), toChannelJid);
}

/** The contact JID from a JID, or a phone number / network id on the channel's network. */
export function contactJidOf(ctx: IExecuteSingleFunctions, channelJid: string): string {
	return jidOf(ctx, 'Contact', textParameter(ctx, 'contact'), (text) => toContactJid(text, channelJid));
}

/**
 * Spotler's path placeholders. Channels and contacts may be typed as phone numbers and become
 * JIDs; an empty company means the API key's own (GET /companies/current).
 */
const spotlerKit = operationKit({
	channel: { label: 'Channel', resolve: (ctx, text) => jidOf(ctx, 'Channel', text, toChannelJid), encode: jidPath },
	contact: { label: 'Contact', resolve: (ctx, text, { channel }) => jidOf(ctx, 'Contact', text, (t) => toContactJid(t, channel)), encode: jidPath },
	company: {
		label: 'Company',
		resolve: async (ctx, text) => (text !== '' ? text : ((await spotlerApiRequest.call(ctx, 'GET', '/companies/current')) as { id: string }).id),
	},
	agent: { label: 'Agent' },
	assistant: { label: 'Assistant' },
	automatedMessageType: { label: 'Type' },
	label: { label: 'Label' },
	list: { label: 'List' },
	noteId: { label: 'Note ID' },
	team: { label: 'Team' },
	template: { label: 'Template' },
	webhookId: { label: 'Webhook ID' },
});

// Not destructured where it is made: CommonJS output would hold the kit in a module-level `var`.
export const operation = spotlerKit.operation;
export const resolvePath = spotlerKit.resolvePath;
