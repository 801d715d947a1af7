import { ControlError } from '../../core/control-api';
import type { SimulationTable } from '../../core/route-table';
import type { ProviderContext } from '../../core/types';
import type { WabaStatus } from '../../../schemas/wabbit/types.generated';
import type { WabbitEvents } from './events';
import { initialsOf, nowSeconds, wabaMessageId, type StoredMessage, type WabbitState } from './state';

/** Control API: what WhatsApp customers (through WABA) and the inbox's admins cause in the inbox. */
export function wabbitSimulations(ctx: ProviderContext, state: WabbitState, events: WabbitEvents): SimulationTable {
	const person = (input: Record<string, unknown>) => {
		const wa_id = String(input.wa_id ?? [...state.persons.keys()][0]);
		if (!/^\d{6,20}$/.test(wa_id)) throw new ControlError('wa_id must be digits');
		return wa_id;
	};
	const message = (id: unknown): StoredMessage => {
		const found = id === undefined ? state.messages.filter((m) => m.from_us).at(-1) : state.messages.find((m) => m.id === id);
		if (!found) throw new ControlError(`unknown message ${String(id)}`, 404);
		return found;
	};

	return {
		/** A customer writes: the Rule Engine is asked, every webhook hears of it. */
		message: async (input) => {
			const wa_id = person(input);
			const known = state.persons.get(wa_id);
			const timestamp = nowSeconds();
			const name = String(input.name ?? known?.name ?? wa_id);
			state.persons.set(wa_id, { wa_id, name, last_message_timestamp: timestamp });
			const id = wabaMessageId(ctx.faker, true);
			const stored: StoredMessage = {
				id,
				customer_wa_id: wa_id,
				from_us: false,
				timestamp,
				waba_payload: { from: wa_id, id, timestamp: String(timestamp), type: 'text', text: { body: String(input.text ?? 'Hello, I have a question') } },
				statuses: { sent: 0, delivered: 0, read: 0 },
				senderId: null,
				context: null,
			};
			state.messages.push(stored);
			const { deliveries, ruleEngine } = await events.inbound(stored);
			return { id, wa_id, deliveries, ruleEngine: ruleEngine && { state: ruleEngine.state, response: ruleEngine.response } };
		},
		/** WhatsApp reports a sent message's status. */
		status: async (input) => {
			const target = message(input.message_id);
			const status = String(input.status ?? 'delivered') as WabaStatus['status'];
			if (!['sent', 'delivered', 'read', 'failed'].includes(status)) throw new ControlError('status must be sent, delivered, read or failed');
			if (status !== 'failed') target.statuses[status] = nowSeconds();
			return { id: target.id, status, deliveries: await events.status(target, status) };
		},
		/** An admin deleted the user's token (the Admin Panel can): the next call with it answers 401. */
		revoke_token: (input) => {
			const user = state.users.find((u) => u.username === String(input.username ?? 'konrad'));
			if (!user) throw new ControlError(`unknown user ${String(input.username)}`, 404);
			for (const [token, id] of state.tokens) if (id === user.id) state.tokens.delete(token);
			return { revoked: user.username };
		},
		/** More entries in the connected Contact Provider (e.g. to page through /contacts/). */
		contacts: (input) => {
			const count = Number(input.count ?? 1);
			if (!Number.isInteger(count) || count < 1 || count > 1000) throw new ControlError('count must be a whole number from 1 to 1000');
			const provider = state.contactProviders[0];
			for (let i = 0; i < count; i++) {
				const name = ctx.faker.person.fullName();
				provider.results.push({
					name,
					initials: initialsOf(name),
					phone_numbers: [{ phone_number: `+49${ctx.faker.string.numeric(10)}`, description: 'mobile' }],
					email_addresses: [],
					contact_provider: { type: provider.type, name: provider.name, id: provider.id },
				});
			}
			return { total: provider.results.length };
		},
		/**
		 * A payload exactly as given (e.g. a document's example), POSTed to every registered webhook; the
		 * shared secret travels in each webhook's own URL (?auth=), as the document describes.
		 */
		verbatim: async (input) => {
			if (!input.body || typeof input.body !== 'object') throw new ControlError('body must be a JSON object');
			const headers = input.headers && typeof input.headers === 'object' ? (input.headers as Record<string, string>) : {};
			const deliveries = await Promise.all(state.webhooks.map((hook) => ctx.webhooks.deliver({ provider: 'wabbit', event: 'verbatim', url: hook.url, body: input.body, headers })));
			return { deliveries };
		},
	};
}
