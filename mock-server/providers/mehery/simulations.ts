import { ControlError } from '../../core/control-api';
import type { SimulationTable } from '../../core/route-table';
import type { ProviderContext } from '../../core/types';
import type { InBoundMessageStatus, InBoundMsg } from '../../../schemas/mehery/types.generated';
import { deliverVerbatim, pushNotification, receiveInbound, requestContactInfo, sessionEvent, setStatus } from './events';
import { contactOf, sessionById } from './lookup';
import { contactIdFor, type Contact, type MeheryState } from './state';

const STATUSES: InBoundMessageStatus[] = ['READ', 'DLVRD', 'SENT', 'FAILD', 'DELTD'];

/** The contact a control call names (contactId, or a phone number on a channel), default the first WhatsApp one. */
function contactFrom(state: MeheryState, input: Record<string, unknown>): Contact {
	if (input.contactId !== undefined) {
		const contact = state.contacts.get(String(input.contactId));
		if (!contact) throw new ControlError(`unknown contact ${String(input.contactId)}`, 404);
		return contact;
	}
	const channelId = String(input.channelId ?? state.channels[0].channelId);
	const channel = state.channels.find((c) => c.channelId === channelId);
	if (!channel) throw new ControlError(`unknown channel ${channelId}`, 404);
	if (input.phone === undefined) {
		const first = [...state.contacts.values()].find((c) => c.channelId === channel.channelId);
		if (!first) throw new ControlError(`channel ${channelId} has no contacts; pass phone`);
		return first;
	}
	const phone = String(input.phone).replace(/\D/g, '');
	const contactId = contactIdFor(channel, phone);
	let contact = state.contacts.get(contactId);
	if (!contact) {
		contact = { contactId, channelId: channel.channelId, contactType: channel.contactType, name: String(input.name ?? phone), phone, labels: [] };
		state.contacts.set(contactId, contact);
	}
	return contact;
}

function inboundContent(ctx: ProviderContext, input: Record<string, unknown>): Pick<InBoundMsg, 'type'> & Partial<InBoundMsg> {
	const type = String(input.type ?? 'text');
	if (type === 'text') return { type: 'text', text: { body: String(input.text ?? 'Hello, I have a question'), type: 'text' } };
	if (type === 'image' || type === 'document' || type === 'audio' || type === 'video' || type === 'voice') {
		const link = String(input.link ?? `https://media.mehery.xyz/${ctx.faker.string.alphanumeric(12)}`);
		const media = {
			id: ctx.faker.string.numeric(7),
			link,
			linkSecure: link.replace(/^http:/, 'https:'),
			mime_type: String(input.mimeType ?? 'image/jpeg'),
			sha256: ctx.faker.string.hexadecimal({ length: 64, casing: 'lower', prefix: '' }),
			type,
			caption: input.caption === undefined ? undefined : String(input.caption),
		};
		return { type, [type]: media, attachments: [media] };
	}
	if (type === 'location') {
		return {
			type: 'location',
			location: {
				latitude: String(input.latitude ?? '12.90909'),
				longitude: String(input.longitude ?? '6.90808'),
				name: String(input.name ?? 'Main Building'),
				address: String(input.address ?? '1 Hacker Way'),
				url: '',
			},
		};
	}
	throw new ControlError(`cannot simulate an inbound ${type} message (text, image, document, audio, video, voice, location)`);
}

/** Control API: what a customer, an agent or the platform would cause on Mehery's side. */
export function simulations(ctx: ProviderContext, state: MeheryState): SimulationTable {
	return {
		message: async (input) => {
			const { message, session, delivery } = await receiveInbound(ctx, state, contactFrom(state, input), inboundContent(ctx, input));
			return { message, sessionId: session.sessionId, delivery };
		},
		status: async (input) => {
			const sent = state.sentMessages.get(String(input.messageId));
			if (!sent) throw new ControlError(`unknown sent message ${String(input.messageId)}`, 404);
			const status = String(input.status) as InBoundMessageStatus;
			if (!STATUSES.includes(status)) throw new ControlError(`status must be one of ${STATUSES.join(', ')}`);
			const { body, delivery } = await setStatus(ctx, state, sent, status);
			return { status: body.statuses![0], delivery };
		},
		event: async (input) => {
			const session = sessionById(state, String(input.sessionId));
			const event = sessionEvent(ctx, state, session, String(input.eventCode ?? 'SESSION_ASSIGNED'));
			const { delivery } = await pushNotification(ctx, state, contactOf(state, session), { type: 'events', events: [event] });
			return { event, delivery };
		},
		action: async (input) => {
			const action = { actionCode: String(input.actionCode ?? 'SEND_INVOICE') };
			const { delivery } = await pushNotification(ctx, state, contactFrom(state, input), { type: 'actions', actions: [action] });
			return { action, delivery };
		},
		contactInfo: async (input) => {
			const url = String(input.url ?? state.account.contactInfoUrl ?? '');
			if (!url) throw new ControlError('no contact-info URL: pass url or PUT /__control/mehery/contact-info-url first');
			return await requestContactInfo(ctx, state, contactFrom(state, input), url);
		},
		verbatim: async (input) => {
			const printed = (input.headers && typeof input.headers === 'object' ? input.headers : {}) as Record<string, string>;
			return await deliverVerbatim(ctx, state, input.body, printed);
		},
	};
}
