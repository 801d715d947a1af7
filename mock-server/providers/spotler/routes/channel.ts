import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import { param, type ProviderContext } from '../../../core/types';
import type { AutomatedMessageUpdateRequest, ChannelUpdateRequest, Profile, ProfileReplaceRequest, ProfileUpdateRequest } from '../../../../schemas/spotler/types.generated';
import { currentKey, requireScope } from '../auth';
import { invalidBody, SpotlerError } from '../errors';
import { channelFrom } from '../lookup';
import { isoNow, type Channel, type SpotlerState } from '../state';

/** Channels, their automated messages and their WhatsApp Business profile. */
export function channelRoutes(ctx: ProviderContext, state: () => SpotlerState): Router {
	const automated = (channel: Channel, type: string) => {
		const message = state()
			.automatedMessages.get(channel.jid)!
			.find((m) => m.type === type.toUpperCase());
		if (!message) throw new SpotlerError(1009, `Automated message ${type} not found`);
		return message;
	};

	/** Only WhatsApp channels have a business profile. */
	const profileOf = (channel: Channel): Profile => {
		const profile = state().profiles.get(channel.jid);
		if (!profile) throw new SpotlerError(1009, `Channel ${channel.jid} has no WhatsApp Business profile`);
		return profile;
	};
	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/channels',
			summary: 'List channels',
			response: 'Channel',
			before: [requireScope('channel')],
			handle: (_req, res) => {
				const key = currentKey(res);
				const visible = state().channels.filter((c) => key.scope === 'COMPANY' || key.scope === 'OWNER' || key.objects.some((o) => o.jid === c.jid));
				res.json(visible);
			},
		}),
		route<ChannelUpdateRequest>({
			method: 'PATCH',
			path: '/channels/{channelJid}',
			summary: 'Update a channel',
			body: 'ChannelUpdateRequest',
			response: 'Channel',
			before: [requireScope('channel')],
			handle: (req, res, body) => {
				const channel = channelFrom(state(), req, res);
				Object.assign(channel, body);
				res.json(channel);
			},
		}),
		route({
			method: 'GET',
			path: '/channels/{channelJid}/automated-messages',
			summary: 'List automated messages',
			response: 'AutomatedMessage',
			before: [requireScope('channel')],
			handle: (req, res) => {
				res.json(state().automatedMessages.get(channelFrom(state(), req, res).jid));
			},
		}),
		route({
			method: 'GET',
			path: '/channels/{channelJid}/automated-messages/{type}',
			summary: 'Read an automated message',
			response: 'AutomatedMessage',
			before: [requireScope('channel')],
			handle: (req, res) => {
				res.json(automated(channelFrom(state(), req, res), param(req, 'type')));
			},
		}),
		route<AutomatedMessageUpdateRequest>({
			method: 'PATCH',
			path: '/channels/{channelJid}/automated-messages/{type}',
			summary: 'Update an automated message',
			body: 'AutomatedMessageUpdateRequest',
			response: 'AutomatedMessage',
			before: [requireScope('channel')],
			handle: (req, res, body) => {
				const message = automated(channelFrom(state(), req, res), param(req, 'type'));
				Object.assign(message, body, { updatedAt: isoNow() });
				res.json(message);
			},
		}),
		route({
			method: 'GET',
			path: '/channels/{channelJid}/profile',
			summary: 'Read the WhatsApp Business profile',
			response: 'Profile',
			before: [requireScope('channel')],
			handle: (req, res) => {
				res.json(profileOf(channelFrom(state(), req, res)));
			},
		}),
		route<ProfileReplaceRequest>({
			method: 'POST',
			path: '/channels/{channelJid}/profile',
			summary: 'Replace the WhatsApp Business profile',
			body: 'ProfileReplaceRequest',
			response: 'ProfileWriteResponse',
			before: [requireScope('channel')],
			handle: (req, res, body) => {
				const profile = profileOf(channelFrom(state(), req, res));
				profile.about = body.about;
				profile.businessProfile = { vertical: null, websites: [], ...body.businessProfile };
				res.json({ about: profile.about, businessProfile: profile.businessProfile });
			},
		}),
		route<ProfileUpdateRequest>({
			method: 'PATCH',
			path: '/channels/{channelJid}/profile',
			summary: 'Update part of the WhatsApp Business profile',
			body: 'ProfileUpdateRequest',
			response: 'ProfileWriteResponse',
			before: [requireScope('channel')],
			handle: (req, res, body) => {
				const profile = profileOf(channelFrom(state(), req, res));
				if (body.about !== undefined) profile.about = body.about;
				// Nested fields merge: the doc's example changes only the e-mail and keeps the rest.
				if (body.businessProfile) profile.businessProfile = { ...profile.businessProfile, ...body.businessProfile };
				res.json({ about: profile.about, businessProfile: profile.businessProfile });
			},
		}),
	]);
}
