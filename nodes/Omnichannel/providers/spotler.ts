import type { OutgoingMessage, TemplateList } from '../../../schemas/spotler/types.generated';
import { templateSendProblem } from '../../shared/templates';
import { spotlerTemplateVersionsOf } from '../../Spotler/shared/templates';
import { readSpotlerError } from '../../Spotler/shared/errors';
import { jidPath } from '../../Spotler/shared/jid';
import { SPOTLER_LIMITS } from '../../Spotler/shared/limits';
import { documentMessage, mediaMessage, messageSendRequest, templateMessage, textMessage } from '../../Spotler/shared/messages';
import { ReplyError, type ReplyAdapter, type ReplyContent } from '../shared/types';

/** Spotler's error code for a free-form message outside WhatsApp's 24-hour customer-care window. */
const CARE_WINDOW_EXPIRED = 1015;

function spotlerMessage(content: ReplyContent): OutgoingMessage {
	switch (content.kind) {
		case 'text':
			return textMessage(content.text);
		case 'template':
			return templateMessage(
				content.template.name,
				content.template.language,
				content.template.parameters.map((p) => p.value),
			);
		case 'media': {
			const { kind, url, mimeType, caption, fileName } = content.media;
			if (kind === 'document') return documentMessage(url, mimeType, fileName!, caption || fileName!);
			// Spotler's audio has no caption.
			if (kind === 'audio') return mediaMessage('audio', url, mimeType);
			return mediaMessage(kind, url, mimeType, caption);
		}
	}
}

/** Spotler: one conversation per channel and contact, so a reply goes to the contact's JID on the item's channel. */
export const spotlerReply: ReplyAdapter = {
	provider: 'spotler',
	displayName: 'Spotler',
	credentialType: 'spotlerApi',
	readError: readSpotlerError,
	limits: () => ({ text: SPOTLER_LIMITS.text, caption: SPOTLER_LIMITS.caption }),
	templateRequired: (failure) => readSpotlerError(failure.body)?.code === CARE_WINDOW_EXPIRED,
	async templateProblem(ctx, target, template) {
		if (!target.account) throw new ReplyError('The item has no "account" (the Spotler channel JID) to reply on');
		const list = await ctx.lookup<TemplateList>({ path: `/channels/${jidPath(target.account)}/templates` });
		return templateSendProblem(
			template.name,
			template.language,
			spotlerTemplateVersionsOf(list),
			template.parameters.map((p) => p.value),
		);
	},
	async send(ctx, target, content) {
		if (!target.account) throw new ReplyError('The item has no "account" (the Spotler channel JID) to reply on');
		if (!target.contact?.id) throw new ReplyError('The item has no "contact.id" (the contact\'s JID) to reply to');
		const response = await ctx.request<{ id: string }>({
			method: 'POST',
			path: `/channels/${jidPath(target.account)}/messages/${jidPath(target.contact.id)}`,
			body: messageSendRequest(spotlerMessage(content)),
		});
		return { messageId: response.id ?? null, response };
	},
};
