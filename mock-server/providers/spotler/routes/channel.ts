import { Router } from 'express';

import { param, type ProviderContext } from '../../../core/types';
import type {
	AutomatedMessageUpdateRequest,
	ChannelUpdateRequest,
	Profile,
	ProfileReplaceRequest,
	ProfileUpdateRequest,
} from '../../../../schemas/spotler/types.generated';
import { currentKey, requireScope } from '../auth';
import { SpotlerError } from '../errors';
import { channelFrom, validateBody } from '../lookup';
import { isoNow, type Channel, type SpotlerState } from '../state';

/** Channels, their automated messages and their WhatsApp Business profile. */
export function channelRoutes(ctx: ProviderContext, state: () => SpotlerState): Router {
	const router = Router();

	router.get('/channels', requireScope('channel'), (_req, res) => {
		const key = currentKey(res);
		const visible = state().channels.filter(
			(c) => key.scope === 'COMPANY' || key.scope === 'OWNER' || key.objects.some((o) => o.jid === c.jid),
		);
		res.json(visible);
	});
	router.patch('/channels/:channelJid', requireScope('channel'), (req, res) => {
		const channel = channelFrom(state(), req, res);
		Object.assign(channel, validateBody<ChannelUpdateRequest>(ctx, 'ChannelUpdateRequest', req.body));
		res.json(channel);
	});

	const automated = (channel: Channel, type: string) => {
		const message = state().automatedMessages.get(channel.jid)!.find((m) => m.type === type.toUpperCase());
		if (!message) throw new SpotlerError(1009, `Automated message ${type} not found`);
		return message;
	};
	router.get('/channels/:channelJid/automated-messages', requireScope('channel'), (req, res) => {
		res.json(state().automatedMessages.get(channelFrom(state(), req, res).jid));
	});
	router.get('/channels/:channelJid/automated-messages/:type', requireScope('channel'), (req, res) => {
		res.json(automated(channelFrom(state(), req, res), param(req, 'type')));
	});
	router.patch('/channels/:channelJid/automated-messages/:type', requireScope('channel'), (req, res) => {
		const message = automated(channelFrom(state(), req, res), param(req, 'type'));
		Object.assign(message, validateBody<AutomatedMessageUpdateRequest>(ctx, 'AutomatedMessageUpdateRequest', req.body), { updatedAt: isoNow() });
		res.json(message);
	});

	/** Only WhatsApp channels have a business profile. */
	const profileOf = (channel: Channel): Profile => {
		const profile = state().profiles.get(channel.jid);
		if (!profile) throw new SpotlerError(1009, `Channel ${channel.jid} has no WhatsApp Business profile`);
		return profile;
	};
	router.get('/channels/:channelJid/profile', requireScope('channel'), (req, res) => {
		res.json(profileOf(channelFrom(state(), req, res)));
	});
	router.post('/channels/:channelJid/profile', requireScope('channel'), (req, res) => {
		const profile = profileOf(channelFrom(state(), req, res));
		const body = validateBody<ProfileReplaceRequest>(ctx, 'ProfileReplaceRequest', req.body);
		profile.about = body.about;
		profile.businessProfile = { vertical: null, websites: [], ...body.businessProfile };
		res.json({ about: profile.about, businessProfile: profile.businessProfile });
	});
	router.patch('/channels/:channelJid/profile', requireScope('channel'), (req, res) => {
		const profile = profileOf(channelFrom(state(), req, res));
		const body = validateBody<ProfileUpdateRequest>(ctx, 'ProfileUpdateRequest', req.body);
		if (body.about !== undefined) profile.about = body.about;
		// Nested fields merge: the doc's example changes only the e-mail and keeps the rest.
		if (body.businessProfile) profile.businessProfile = { ...profile.businessProfile, ...body.businessProfile };
		res.json({ about: profile.about, businessProfile: profile.businessProfile });
	});

	return router;
}
