import { ControlError } from '../../core/control-api';
import type { SimulationTable } from '../../core/route-table';
import type { ProviderContext } from '../../core/types';
import { postToBot } from './events';
import { conversationView, firstIn } from './lookup';
import { newMessage, type Social25State } from './state';

/** The control API's simulations (POST /__control/social25/simulate/<kind>). */
export function social25Simulations(ctx: ProviderContext, state: Social25State): SimulationTable {
	return {
		/** A customer writes in. The message is stored, reopens a Closed conversation and goes to the bot URL. */
		message: async (input) => {
			const conversation = input.conversationId ? state.conversations.get(String(input.conversationId)) : firstIn(state, String(input.platform ?? 'whatsapp'), ['OPEN']);
			if (!conversation) throw new ControlError(`unknown conversation ${String(input.conversationId)}`, 404);
			const message = newMessage(ctx.faker, conversation.id, {
				ext_identifier: ctx.faker.string.hexadecimal({ length: 40, prefix: '', casing: 'lower' }),
				type: String(input.type ?? 'TEXT'),
				status: 'RECEIVED',
				outbound: false,
				text: input.text === undefined ? 'Hello, I have a question' : (input.text as string | null),
			});
			conversation.messages.push(message);
			// "The next inbound message of the user will switch this conversation back to OPEN."
			if (conversation.state === 'CLOSED') conversation.state = 'OPEN';
			const delivery = await postToBot(ctx, state, conversation, message);
			return { message, conversation: conversationView(state, conversation), delivery: delivery ?? null };
		},
	};
}
