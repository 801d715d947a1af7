import type { Request, Response } from 'express';

import { describeIssues } from '../../core/schema-validator';
import { param, type ProviderContext } from '../../core/types';
import { assertChannelAccess } from './auth';
import { SpotlerError } from './errors';
import type { Channel, SpotlerState } from './state';

/** The channel named by :channelJid, if it exists and the key may reach it. */
export function channelFrom(state: SpotlerState, req: Request, res: Response, name = 'channelJid'): Channel {
	const jid = param(req, name);
	const channel = state.channels.find((c) => c.jid === jid);
	if (!channel) throw new SpotlerError(1009, `Channel ${jid} not found`);
	assertChannelAccess(res, channel.jid);
	return channel;
}

const JID = /^[A-Za-z0-9._-]+@([a-z0-9-]+)\.eazy\.im$/;

/** A contact JID must be well formed and live on the same network as the channel. */
export function assertContactJid(channel: Channel, contactJid: string): void {
	const match = JID.exec(contactJid);
	const channelDomain = channel.jid.split('@')[1];
	if (!match || contactJid.split('@')[1] !== channelDomain) throw new SpotlerError(1005, 'Jid is invalid');
	if ((match[1] === 'whatsapp' || match[1] === 'sms') && !/^\d{8,15}@/.test(contactJid)) {
		throw new SpotlerError(1005, 'Jid is invalid');
	}
}

/** Schema validation with Spotler's 1005 answer naming every bad field. */
export function validateBody<T>(ctx: ProviderContext, definition: string, body: unknown): T {
	const issues = ctx.validator.validate(definition, body ?? {});
	if (issues.length) throw new SpotlerError(1005, `Validation error: ${describeIssues(issues)}`);
	return body as T;
}
