import type { IDataObject } from 'n8n-workflow';

import type { HSMTemplateDoc, MsgChannel } from '../../../schemas/mehery/types.generated';
import { templateSendProblem } from '../../shared/templates';
import { itemOf, listOf } from '../../Mehery/shared/envelope';
import { meheryTemplateVersionsOf } from '../../Mehery/shared/templates';
import { readMeheryError } from '../../Mehery/shared/errors';
import { MEHERY_LIMITS } from '../../Mehery/shared/limits';
import { mediaMessage, outboundMessage, templateMessage, textMessage, type MessageContent } from '../../Mehery/shared/messages';
import { ReplyError, type ReplyAdapter, type ReplyContent, type ReplyContext, type ReplyTarget } from '../shared/types';

function meheryContent(content: ReplyContent): MessageContent {
	switch (content.kind) {
		case 'text':
			return textMessage(content.text);
		case 'template': {
			// Mehery's placeholders are named ({{name}}); unnamed parameters count from 1.
			const data: IDataObject = {};
			content.template.parameters.forEach((p, i) => (data[p.name || String(i + 1)] = p.value));
			return templateMessage({ code: content.template.name, data, ...(content.template.language ? { lang: content.template.language } : {}) });
		}
		case 'media': {
			const { kind, url, caption, fileName } = content.media;
			// Mehery takes a caption on images, videos and documents, a file name on documents only.
			return mediaMessage(kind, {
				link: url,
				...(caption && kind !== 'audio' ? { caption } : {}),
				...(kind === 'document' && fileName ? { filename: fileName } : {}),
			});
		}
	}
}

/**
 * Items from Session › Get Messages do not name their channel; the contact's lane (the business
 * number or handle it wrote to) identifies it among the account's channels.
 */
async function channelOf(ctx: ReplyContext, target: ReplyTarget): Promise<string> {
	if (target.account) return target.account;
	const contact = (target.raw as { contact?: { lane?: unknown; csid?: unknown } }).contact;
	const lane = String(contact?.lane ?? contact?.csid ?? '');
	if (lane) {
		const { results } = await ctx.lookup<{ results?: MsgChannel[] }>({ path: '/api/v1/config/channels' });
		const channel = (results ?? []).find((c) => String(c.lane) === lane);
		if (channel) return channel.channelId;
	}
	throw new ReplyError('The item has no "account" (the Mehery channel ID) to reply on', "Its contact's lane matches none of the account's channels either.");
}

/** Mehery: replies go to the contact on the item's channel and continue the contact's open session there. */
export const meheryReply: ReplyAdapter = {
	provider: 'mehery',
	displayName: 'Mehery',
	credentialType: 'meheryApi',
	limits: () => ({ text: MEHERY_LIMITS.text, caption: MEHERY_LIMITS.caption }),
	readError: readMeheryError,
	async templateProblem(ctx, target, template) {
		const channelId = await channelOf(ctx, target);
		const docs = listOf(await ctx.lookup({ path: '/api/v1/config/tmpl/hsm' })) as unknown as HSMTemplateDoc[];
		const versions = meheryTemplateVersionsOf(docs, channelId);
		// As sent: by name, an unnamed value by its position (which a named placeholder never matches).
		const values = Object.fromEntries(template.parameters.map((p, i) => [p.name || String(i + 1), p.value]));
		// Without a language Mehery sends the template's own: the check takes it when the code has only one.
		const languages = versions.filter((v) => v.name === template.name);
		const language = template.language || (languages.length === 1 ? languages[0].language : '');
		return templateSendProblem(template.name, language, versions, values);
	},
	async send(ctx, target, content) {
		if (!target.contact?.id) throw new ReplyError('The item has no "contact.id" (the Mehery contact ID) to reply to');
		const channelId = await channelOf(ctx, target);
		const response = await ctx.request<IDataObject>({
			method: 'POST',
			path: '/api/v1/message/send',
			body: outboundMessage(channelId, { contactId: target.contact.id }, meheryContent(content)) as unknown as IDataObject,
		});
		// The receipt may come in data or in results[0] (schemas/mehery/README.md, "Tolerated alternatives").
		const id = itemOf(response).id;
		return { messageId: typeof id === 'string' || typeof id === 'number' ? String(id) : null, response };
	},
};
