import type { ProviderContext } from '../../core/types';
import type { Delivery } from '../../core/webhook-dispatcher';
import type {
	Contactable,
	InBoundAction,
	InBoundContact,
	InBoundEvent,
	InBoundMsg,
	InBoundMsgStatus,
	InBoundWrapper,
} from '../../../schemas/mehery/types.generated';
import type { Contact, MeheryState } from './state';

export const VERIFY_TOKEN_HEADER = 'x-verify-token';

export function inboundContact(state: MeheryState, contact: Contact): InBoundContact {
	const channel = state.channels.find((c) => c.channelId === contact.channelId);
	return {
		contactId: contact.contactId,
		channelId: contact.channelId,
		contactType: contact.contactType,
		lane: channel?.lane ?? '',
		csid: channel?.lane,
		profile: { name: contact.name, phone: contact.phone, email: contact.email },
		businessProfile: { name: contact.name, phone: contact.phone, email: contact.email, profileId: contact.profileId },
	};
}

export function contactable(state: MeheryState, contact: Contact): Contactable {
	const channel = state.channels.find((c) => c.channelId === contact.channelId);
	return {
		contactId: contact.contactId,
		contactType: contact.contactType,
		channelType: contact.contactType,
		csid: channel?.lane ?? '',
		lane: channel?.lane ?? '',
		name: contact.name,
		phone: contact.phone ?? '',
		email: contact.email ?? '',
	};
}

type Payload =
	| { type: 'messages'; messages: InBoundMsg[] }
	| { type: 'statuses'; statuses: InBoundMsgStatus[] }
	| { type: 'events'; events: InBoundEvent[] }
	| { type: 'actions'; actions: InBoundAction[] };

/**
 * Builds the InBoundWrapper (one kind per delivery, with the contact it concerns) and POSTs it
 * to the registered webhook URL with the x-verify-token header. Without a webhook nothing goes out.
 */
export async function pushNotification(ctx: ProviderContext, state: MeheryState, contact: Contact, payload: Payload): Promise<{ body: InBoundWrapper; delivery?: Delivery }> {
	const { account } = state;
	const body: InBoundWrapper = {
		meta: { appId: account.appId, debug: false, domain: account.domain, server: account.server },
		contacts: [inboundContact(state, contact)],
		...payload,
	};
	const issues = ctx.validator.validate('InBoundWrapper', body);
	if (issues.length) throw new Error(`mock bug: ${payload.type} notification does not match InBoundWrapper: ${JSON.stringify(issues)}`);
	if (!account.webhookUrl) return { body };
	const delivery = await ctx.webhooks.deliver({
		provider: 'mehery',
		event: payload.type,
		url: account.webhookUrl,
		body,
		headers: { [VERIFY_TOKEN_HEADER]: account.verifyToken },
	});
	return { body, delivery };
}
