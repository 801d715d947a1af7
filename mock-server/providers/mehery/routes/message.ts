import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';
import type { OutBoundContact, OutBoundMsg, OutBoundReciept } from '../../../../schemas/mehery/types.generated';
import { fieldError, invalidBody } from '../errors';
import { progressStatuses } from '../events';
import { apiResponse } from '../lookup';
import { chatMessage, continueOrStartSession, contactIdFor, messageId, type Channel, type Contact, type MeheryState } from '../state';

/** The recipient: an existing contact by id, or the channel's contact for a phone number or e-mail (created on first contact). */
function recipient(state: MeheryState, channel: Channel, to: OutBoundContact): Contact {
	if (to.contactId) {
		const known = state.contacts.get(to.contactId);
		if (!known) throw fieldError('to.contactId', `is not a known contact (${to.contactId})`);
		if (known.channelId !== channel.channelId) throw fieldError('to.contactId', `belongs to channel ${known.channelId}`);
		return known;
	}
	let handle: string;
	if (to.phone) {
		handle = to.phone.replace(/[\s()+.-]/g, '');
		if (!/^\d{8,15}$/.test(handle)) throw fieldError('to.phone', 'must be a phone number in international format');
	} else {
		handle = String(to.email);
		if (!/^[^@\s]+@[^@\s]+$/.test(handle)) throw fieldError('to.email', 'must be an e-mail address');
	}
	const contactId = contactIdFor(channel, handle);
	let contact = state.contacts.get(contactId);
	if (!contact) {
		contact = { contactId, channelId: channel.channelId, contactType: channel.contactType, name: to.name ?? handle, phone: to.phone ? handle : undefined, email: to.email, labels: [] };
		state.contacts.set(contactId, contact);
	}
	return contact;
}

export function messageRoutes(ctx: ProviderContext, state: () => MeheryState): Router {
	return routeTable(ctx, invalidBody, [
		route<OutBoundMsg>({
			method: 'POST',
			path: '/api/v1/message/send',
			summary: 'Send Message',
			body: 'OutBoundMsgRequest',
			response: 'ApiResponse_OutBoundReciept_object_',
			handle(req, res, message) {
				const s = state();
				const channel = s.channels.find((c) => c.channelId === message.channelId);
				if (!channel) throw fieldError('channelId', `is not a configured channel (${message.channelId})`);
				// Only a template message names a template: the doc's own text example carries an unrelated one.
				if (message.type === 'template' && message.template) {
					const { id, code } = message.template;
					const template = s.templates.find((t) => (id ? t.id === id : t.code === code));
					if (!template) throw fieldError(id ? 'template.id' : 'template.code', `names no template (${id ?? code})`);
					const approval = template.approved?.find((a) => a.channelId === channel.channelId);
					if (approval?.status !== 'APPROVED') throw fieldError('template', `${template.code} is not approved for channel ${channel.channelId}`);
				}
				const contact = recipient(s, channel, message.to);
				const session = continueOrStartSession(ctx, s, contact);
				const id = messageId(ctx.faker);
				session.messages.push(
					chatMessage(s, session, contact, {
						messageId: id,
						sender: 'API',
						type: message.type,
						text: message.text?.body ?? '',
						template: message.type === 'template' ? (message.template?.code ?? '') : '',
						templateId: message.type === 'template' ? (message.template?.id ?? '') : '',
						status: 'CRTD',
						timestamp: Date.now(),
					}),
				);
				const sent = { id, sessionId: session.sessionId, contactId: contact.contactId, channelId: channel.channelId, status: 'SENT' as const, statusHistory: [], message };
				s.sentMessages.set(id, sent);
				const receipt: OutBoundReciept = { id };
				res.json(apiResponse(ctx, req, receipt));
				void progressStatuses(ctx, s, sent);
			},
		}),
	]);
}
