import type { IDataObject } from 'n8n-workflow';

import type { CreateMessage, CreateMessageResponse } from '../../../schemas/wabbit/types.generated';
import { templateSendProblem, type TemplateVersion } from '../../shared/templates';
import { readWabbitError } from '../../Wabbit/shared/errors';
import { WABBIT_LIMITS } from '../../Wabbit/shared/limits';
import { documentMessage, imageMessage, mediaPayload, templateMessage, textMessage } from '../../Wabbit/shared/messages';
import { listTemplates, wabbitTemplateVersion } from '../../Wabbit/shared/templates';
import { WABBIT_API } from '../../Wabbit/shared/transport';
import { ReplyError, type ReplyAdapter, type ReplyContent, type ReplyContext, type TemplateReply } from '../shared/types';

/** The 400 Wabbit answers to a free-form message outside the 24-hour customer-care window. */
const CARE_WINDOW_CLOSED = /24 hours/i;

function templateLanguage(template: TemplateReply): string {
	if (template.language.length < 2) throw new ReplyError('"Template Language" is needed for a Wabbit template, e.g. en or pl');
	return template.language;
}

/** Every template of the inbox, one entry per language, as the Wabbit node lists them, through the reply's lookups (item credential, retries). */
async function inboxTemplateVersions(ctx: ReplyContext): Promise<TemplateVersion[]> {
	const templates = await listTemplates(async (path, qs) => await ctx.lookup({ path: `${WABBIT_API.pathPrefix}${path}`, qs }));
	return templates.map(wabbitTemplateVersion);
}

/** The body Wabbit's POST /messages/ takes, from the builders the Wabbit node's Message › Send uses. */
function wabbitMessage(wa_id: string, content: ReplyContent): CreateMessage {
	switch (content.kind) {
		case 'text':
			return textMessage(wa_id, content.text);
		case 'template': {
			const { name, parameters } = content.template;
			return templateMessage(wa_id, { name, language: templateLanguage(content.template), values: parameters.map((p) => p.value) });
		}
		case 'media': {
			const { kind, url, caption, fileName } = content.media;
			if (kind === 'image') return imageMessage(wa_id, mediaPayload({ link: url }, caption));
			if (kind === 'document') return documentMessage(wa_id, mediaPayload({ link: url }, caption, fileName));
			throw new ReplyError(`Wabbit sends images and documents; a ${kind} reply cannot be sent`, 'To send the file as a document, set "MIME Type" to application/octet-stream.');
		}
	}
}

/** Wabbit: a chat is the customer's WhatsApp number, so a reply goes to that wa_id on the credential's inbox. */
export const wabbitReply: ReplyAdapter = {
	provider: 'wabbit',
	displayName: 'Wabbit',
	credentialType: 'wabbitApi',
	limits: () => ({ text: WABBIT_LIMITS.text, caption: WABBIT_LIMITS.caption }),
	readError: readWabbitError,
	templateRequired: (failure) => failure.status === 400 && CARE_WINDOW_CLOSED.test(readWabbitError(failure.body)?.message ?? ''),
	async templateProblem(ctx, _target, template) {
		const language = templateLanguage(template);
		return templateSendProblem(
			template.name,
			language,
			await inboxTemplateVersions(ctx),
			template.parameters.map((p) => p.value),
		);
	},
	async send(ctx, target, content) {
		const waId = String(target.contact?.id ?? target.conversationId ?? '');
		if (!/^\d{6,20}$/.test(waId)) throw new ReplyError('The item has no "contact.id" (the customer\'s WhatsApp number, digits only) to reply to');
		const response = await ctx.request<CreateMessageResponse>({ method: 'POST', path: `${WABBIT_API.pathPrefix}/messages/`, body: wabbitMessage(waId, content) as unknown as IDataObject });
		return { messageId: response.waba_response?.messages?.[0]?.id ?? null, response: response as unknown as IDataObject };
	},
};
