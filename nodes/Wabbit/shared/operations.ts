import { operationKit } from '../../shared/operations';
import { fieldError } from '../../shared/validation';
import { idFrom, waIdFrom } from './descriptions';

/**
 * Wabbit's path placeholders: chats and persons are WhatsApp numbers (wa_id, digits only), users
 * whole-number IDs, media a UUID that may be given as the media link a message carries.
 */
const kit = operationKit({
	chat: { label: 'Chat', resolve: (ctx, text) => waIdFrom(ctx, text, 'Chat') },
	person: { label: 'Person', parameter: 'chat', resolve: (ctx, text) => waIdFrom(ctx, text, 'Person') },
	waId: { label: 'WhatsApp Number', resolve: (ctx, text) => waIdFrom(ctx, text, 'WhatsApp Number') },
	user: { label: 'User', resolve: (ctx, text) => String(idFrom(ctx, text, 'User')) },
	webhookId: { label: 'Webhook ID' },
	taggingId: { label: 'Tagging ID' },
	mediaId: {
		label: 'Media ID or URL',
		// A media link has the form .../api/v1/media/{uuid}/: the UUID is taken from it.
		resolve: (ctx, text) => {
			const id = /\/media\/([^/?#]+)/.exec(text)?.[1] ?? text;
			if (!/^[0-9a-f-]{8,}$/i.test(id)) throw fieldError(ctx, '"Media ID or URL"', `"${text}" is neither a media UUID nor a media link`);
			return id;
		},
	},
});

// Not destructured at the top level: TypeScript would compile that to a module-level `var`.
export const { operation, resolvePath } = kit;
