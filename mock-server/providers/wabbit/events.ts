import type { ProviderContext } from '../../core/types';
import type { Delivery } from '../../core/webhook-dispatcher';
import type { ChatAssignmentEvent, ChatTaggingEvent, MessageTaggingEvent, RuleEngineAnswer, WabaStatus, WebhookPayload } from '../../../schemas/wabbit/types.generated';
import { chatMessages, chatView, groupView, isReceived, markReceived, messageView, personView, userBrief } from './lookup';
import { nowSeconds, type StoredMessage, type StoredUser, type WabbitState } from './state';

/**
 * Everything the inbox pushes: the WABA webhook of each user (one per user; every webhook gets
 * every inbound message and status, with the Integration API's extension fields), and the
 * custom Rule Engine, whose answer assigns chats.
 */
export class WabbitEvents {
	constructor(
		private readonly ctx: ProviderContext,
		private readonly state: () => WabbitState,
	) {}

	/** POSTs a body built per receiving user; a 200 marks the messages it carried as received. */
	private async broadcast(event: string, bodyFor: (user: StoredUser) => WebhookPayload | null): Promise<Delivery[]> {
		const s = this.state();
		const sends: Array<Promise<Delivery>> = [];
		for (const hook of s.webhooks) {
			const user = s.users.find((u) => u.id === hook.userId && u.active);
			const body = user ? bodyFor(user) : null;
			if (!user || !body) continue;
			const issues = this.ctx.validator.validate('WebhookPayload', body);
			if (issues.length) throw new Error(`mock bug: ${event} payload does not match its schema: ${JSON.stringify(issues)}`);
			const carried = [...(body.incoming_messages ?? []), ...(body.assigned_messages ?? [])].map((m) => m.id);
			sends.push(
				this.ctx.webhooks.deliver({ provider: 'wabbit', event, url: hook.url, body }).then((delivery) => {
					if (delivery.state === 'delivered')
						markReceived(
							s,
							user.id,
							s.messages.filter((m) => carried.includes(m.id)),
						);
					return delivery;
				}),
			);
		}
		return Promise.all(sends);
	}

	private assignedTo(user: StoredUser, wa_id: string): boolean {
		return this.state().assignments.get(wa_id)?.user === user.id;
	}

	/** A message from WhatsApp: the Rule Engine decides first, then every webhook hears of it. */
	async inbound(message: StoredMessage): Promise<{ deliveries: Delivery[]; ruleEngine?: Delivery }> {
		const s = this.state();
		const contact = personView(s, message.customer_wa_id).waba_payload;
		// Whoever the Rule Engine assigns now hears of the chat through chat_assignment instead.
		const assignedBefore = s.assignments.get(message.customer_wa_id)?.user ?? null;
		const ruleEngine = await this.askRuleEngine('incoming_messages', {
			contacts: [contact],
			messages: [message.waba_payload],
			incoming_messages: [messageView(this.ctx, s, message, 0)],
		});
		const deliveries = await this.broadcast('incoming_messages', (user) => {
			if (this.ctx.variant('webhookPayload') === 'raw-waba') return { contacts: [contact], messages: [message.waba_payload] };
			const view = messageView(this.ctx, s, message, user.id);
			return {
				contacts: [contact],
				messages: [message.waba_payload],
				incoming_messages: [view],
				...(user.id === assignedBefore && this.assignedTo(user, message.customer_wa_id) ? { assigned_messages: [view] } : {}),
			};
		});
		return { deliveries, ruleEngine };
	}

	/** A message an inbox user (here: an API user) wrote. */
	async outgoing(message: StoredMessage): Promise<Delivery[]> {
		const s = this.state();
		const deliveries = await this.broadcast('outgoing_messages', (user) => ({ outgoing_messages: [messageView(this.ctx, s, message, user.id)] }));
		await this.askRuleEngine('outgoing_messages', { outgoing_messages: [messageView(this.ctx, s, message, 0)] });
		return deliveries;
	}

	async status(message: StoredMessage, status: WabaStatus['status']): Promise<Delivery[]> {
		const statuses: WabaStatus[] = [{ id: message.id, recipient_id: message.customer_wa_id, status, timestamp: String(nowSeconds()) }];
		return this.broadcast('statuses', () => ({ statuses }));
	}

	/**
	 * Sets a chat's assignment and tells everyone: chat_assignment to all webhooks, and the chat's
	 * new messages as assigned_messages to a newly assigned user.
	 */
	async assign(wa_id: string, change: { user?: number | null; group?: number | null }, doneBy: StoredUser | null): Promise<ChatAssignmentEvent> {
		const s = this.state();
		const before = s.assignments.get(wa_id) ?? { user: null, group: null };
		const after = { user: change.user === undefined ? before.user : change.user, group: change.group === undefined ? before.group : change.group };
		s.assignments.set(wa_id, after);
		const assignedUser = s.users.find((u) => u.id === after.user);
		const event: ChatAssignmentEvent = {
			timestamp: nowSeconds(),
			wa_id,
			assigned_to_user_set: after.user !== before.user ? userBrief(this.ctx, assignedUser) : null,
			assigned_to_user_was_cleared: before.user !== null && after.user === null,
			assigned_group_set: after.group !== before.group ? groupView(s, after.group) : null,
			assigned_group_was_cleared: before.group !== null && after.group === null,
			done_by: userBrief(this.ctx, doneBy),
		};
		s.assignmentEvents.push(event);
		void this.broadcast('chat_assignment', (user) => {
			const payload: WebhookPayload = { chat_assignment: event };
			if (assignedUser && user.id === assignedUser.id && after.user !== before.user) {
				const messages = chatMessages(s, wa_id);
				const unreceived = messages.filter((m) => !isReceived(s, user.id, m));
				const carried = unreceived.length ? unreceived : messages.slice(-1);
				if (carried.length) payload.assigned_messages = carried.map((m) => messageView(this.ctx, s, m, user.id));
			}
			return payload;
		});
		return event;
	}

	async messageTagging(event: MessageTaggingEvent, message: StoredMessage): Promise<void> {
		const s = this.state();
		void this.broadcast('message_tagging', () => ({ message_tagging: event }));
		if (event.action !== 'added') return;
		await this.askRuleEngine('message_tagging', {
			message_tagging: event,
			tagged_messages: [{ message: messageView(this.ctx, s, message, 0), new_tag: { name: event.tag.name, id: event.tag.id, extra: event.extra ?? {} } }],
		});
	}

	async chatTagging(event: ChatTaggingEvent, fromMessage: boolean): Promise<void> {
		const s = this.state();
		void this.broadcast('chat_tagging', () => ({ chat_tagging: event }));
		// A message tagging already asked the Rule Engine about this tag.
		if (event.action !== 'added' || fromMessage) return;
		await this.askRuleEngine('chat_tagging', {
			chat_tagging: event,
			tagged_chats: [{ chat: chatView(this.ctx, s, event.chat, 0), new_tag: { name: event.tag.name, id: event.tag.id, extra: event.extra ?? {} } }],
		});
	}

	/** Calls the custom Rule Engine (when one is configured) and applies its answer. */
	private async askRuleEngine(kind: string, body: WebhookPayload): Promise<Delivery | undefined> {
		const s = this.state();
		const config = s.ruleEngine;
		if (!config) return undefined;
		const delivery = await this.ctx.webhooks.deliver({ provider: 'wabbit', event: 'rule_engine', url: config.url, body, headers: { ...config.headers } });
		const call = { kind, answer: delivery.response, applied: [] as Array<{ wa_id: string; user: number | null; group: number | null }>, rejected: [] as string[] };
		s.ruleEngineLog.push(call);
		if (delivery.state !== 'delivered') {
			call.rejected.push('the Rule Engine did not answer 2xx; nothing assigned');
			return delivery;
		}
		const issues = this.ctx.validator.validate('RuleEngineAnswer', delivery.response ?? {});
		if (issues.length) {
			call.rejected.push(`answer ignored: ${issues.map((i) => `${i.path || 'body'} ${i.message}`).join('; ')}`);
			return delivery;
		}
		for (const entry of (delivery.response as RuleEngineAnswer).assignment ?? []) {
			const wa_id = entry.message_id ? s.messages.find((m) => m.id === entry.message_id)?.customer_wa_id : entry.chat_id;
			if (!wa_id || !s.persons.has(wa_id)) {
				call.rejected.push(`unknown message or chat ${entry.message_id ?? entry.chat_id}`);
				continue;
			}
			const change: { user?: number | null; group?: number | null } = {};
			if (typeof entry.group === 'number') {
				const members = s.users.filter((u) => u.active && u.groups.includes(entry.group!)).sort((a, b) => a.id - b.id);
				if (!s.groups.some((g) => g.id === entry.group)) {
					call.rejected.push(`unknown group ${entry.group}`);
					continue;
				}
				change.group = entry.group;
				if (entry.group_assign_method === 'round_robin' && members.length) {
					const position = s.roundRobin.get(entry.group) ?? 0;
					change.user = members[position % members.length].id;
					s.roundRobin.set(entry.group, position + 1);
				} else {
					change.user = null;
				}
			}
			if (typeof entry.user === 'number') {
				if (!s.users.some((u) => u.id === entry.user && u.active)) {
					call.rejected.push(`unknown user ${entry.user}`);
					continue;
				}
				change.user = entry.user;
			}
			await this.assign(wa_id, change, null);
			const now = s.assignments.get(wa_id)!;
			call.applied.push({ wa_id, user: now.user, group: now.group });
		}
		return delivery;
	}
}
