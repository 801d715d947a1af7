import type { IDataObject } from 'n8n-workflow';

import type { CreateMessage, CreateMessageResponse, Template } from '../../../schemas/wabbit/types.generated';
import { templateSendProblem, type TemplateVersion } from '../../shared/templates';
import { readWabbitError } from '../../Wabbit/shared/errors';
import { WABBIT_LIMITS } from '../../Wabbit/shared/limits';
import { wabbitTemplateVersion } from '../../Wabbit/shared/templates';
import { ReplyError, type ReplyAdapter, type ReplyContent, type ReplyContext, type TemplateReply } from '../shared/types';

/** The 400 Wabbit answers to a free-form message outside the 24-hour customer-care window. */
const CARE_WINDOW_CLOSED = /24 hours/i;

function templateLanguage(template: TemplateReply): string {
	if (template.language.length < 2) throw new ReplyError('"Template Language" is needed for a Wabbit template, e.g. en or pl');
	return template.language;
}

/**
 * Every template of the inbox, one entry per language: Wabbit's limit/offset list, paged as the
 * Wabbit node's wabbitTemplateVersions pages it, but through the reply's request (item credential, retries).
 */
async function inboxTemplateVersions(ctx: ReplyContext, max = 1000): Promise<TemplateVersion[]> {
	const templates: Template[] = [];
	while (templates.length < max) {
		const page = await ctx.lookup<{ next: string | null; results: Template[] }>({ path: '/api/v1/templates/', qs: { limit: 100, offset: templates.length } });
		templates.push(...page.results);
		if (!page.next || page.results.length === 0) break;
	}
	return templates.slice(0, max).map(wabbitTemplateVersion);
}

/** The WhatsApp Business API v1 body Wabbit's POST /messages/ takes (as the Wabbit node's Message › Send builds it). */
function wabbitMessage(wa_id: string, content: ReplyContent): CreateMessage {
	switch (content.kind) {
		case 'text':
			return { wa_id, type: 'text', text: { body: content.text } };
		case 'template': {
			const { name, parameters } = content.template;
			const language = templateLanguage(content.template);
			const components = parameters.length ? [{ type: 'body', parameters: parameters.map((p) => ({ type: 'text', text: p.value })) }] : undefined;
			return { wa_id, type: 'template', template: { name, language: { policy: 'deterministic', code: language }, ...(components ? { components } : {}) } };
		}
		case 'media': {
			const { kind, url, caption, fileName } = content.media;
			if (kind === 'image') return { wa_id, type: 'image', image: { link: url, ...(caption ? { caption } : {}) } };
			if (kind === 'document') return { wa_id, type: 'document', document: { link: url, ...(caption ? { caption } : {}), ...(fileName ? { filename: fileName } : {}) } };
			throw new ReplyError(
				`Wabbit sends images and documents; a ${kind} reply cannot be sent`,
				'To send the file as a document, set "MIME Type" to application/octet-stream.',
			);
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
		return templateSendProblem(template.name, language, await inboxTemplateVersions(ctx), template.parameters.map((p) => p.value));
	},
	async send(ctx, target, content) {
		const waId = String(target.contact?.id ?? target.conversationId ?? '');
		if (!/^\d{6,20}$/.test(waId)) throw new ReplyError('The item has no "contact.id" (the customer\'s WhatsApp number, digits only) to reply to');
		const response = await ctx.request<CreateMessageResponse>({ method: 'POST', path: '/api/v1/messages/', body: wabbitMessage(waId, content) as unknown as IDataObject });
		return { messageId: response.waba_response?.messages?.[0]?.id ?? null, response: response as unknown as IDataObject };
	},
};
