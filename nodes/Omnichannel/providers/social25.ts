import type { IDataObject } from 'n8n-workflow';

import type { MediaFile, MediaHsmRequest, MediaMessageRequest, MediaMessageType, Message, SendMessageRequest } from '../../../schemas/social25/types.generated';
import { readSocial25Error } from '../../Social25/shared/errors';
import { SOCIAL25_LIMITS } from '../../Social25/shared/limits';
import { multipartFile } from '../../Social25/shared/media';
import { mediaMessage, templateMessage, textMessage } from '../../Social25/shared/messages';
import { notApprovedProblem, templateListPath, templateVersions } from '../../Social25/shared/templates';
import { templateSendProblem } from '../../shared/templates';
import { fileNameFromUrl } from '../shared/media';
import { ReplyError, type MediaKind, type MediaReply, type ReplyAdapter, type ReplyContext, type ReplyTarget, type TemplateReply } from '../shared/types';

const MEDIA_TYPE: Record<MediaKind, MediaMessageType> = { audio: 'AUDIO', document: 'FILE', image: 'IMAGE', video: 'VIDEO' };

/** Social25 sends only files uploaded to it: the file is fetched from the URL and uploaded to the conversation first. */
async function uploadedMediaMessage(ctx: ReplyContext, conversationPath: string, media: MediaReply): Promise<MediaMessageRequest> {
	const file = await ctx.download(media.url);
	const { body, contentType } = multipartFile('media_file', media.fileName ?? fileNameFromUrl(media.url), media.mimeType, file);
	const upload = await ctx.request<MediaFile>({ method: 'POST', path: `${conversationPath}/mediaupload/`, body, headers: { 'Content-Type': contentType } });
	return mediaMessage(MEDIA_TYPE[media.kind], upload, media.caption ?? null);
}

function templateLanguage(template: TemplateReply): string {
	if (template.language.length < 2) throw new ReplyError('"Template Language" is needed for a Social25 template, e.g. en or nl');
	return template.language;
}

function templateReply(template: TemplateReply): MediaHsmRequest {
	return templateMessage({ name: template.name, locale: templateLanguage(template), texts: template.parameters.map((p) => p.value) });
}

/** The item's tenant and conversation, which every reply (and the template list) goes through. */
function conversationOf(target: ReplyTarget): { tenantId: string; conversationId: string } {
	if (!target.account) throw new ReplyError('The item has no "account" (the Social25 tenant ID) to reply on');
	if (!target.conversationId) throw new ReplyError('The item has no "conversationId" (the Social25 conversation) to reply in');
	return { tenantId: target.account, conversationId: target.conversationId };
}

function checkTemplateChannel(target: ReplyTarget): void {
	if (target.channel !== 'whatsapp') {
		throw new ReplyError(`Social25 templates (HSM) are WhatsApp only; this conversation is on ${target.channel}`, 'Choose "Text" or "Media" under "Reply With" for this item.');
	}
}

/** Social25: the reply goes into the item's conversation of its tenant, through the conversation's messages endpoint. */
export const social25Reply: ReplyAdapter = {
	provider: 'social25',
	displayName: 'Social25',
	credentialType: 'social25Api',
	readError: readSocial25Error,
	limits: () => ({ text: SOCIAL25_LIMITS.text, caption: SOCIAL25_LIMITS.caption, upload: SOCIAL25_LIMITS }),
	async templateProblem(ctx, target, template) {
		const { tenantId, conversationId } = conversationOf(target);
		checkTemplateChannel(target);
		const language = templateLanguage(template);
		const versions = templateVersions(await ctx.lookup({ path: templateListPath(tenantId, conversationId), qs: { language } }), language);
		// Social25 lists approved templates only: one it does not list cannot be told apart as pending, rejected or missing.
		if (!versions.some((v) => v.name === template.name)) return { field: 'template', problem: notApprovedProblem(template.name, language) };
		return templateSendProblem(
			template.name,
			language,
			versions,
			template.parameters.map((p) => p.value),
		);
	},
	async send(ctx, target, content) {
		const { tenantId, conversationId } = conversationOf(target);
		if (content.kind === 'template') checkTemplateChannel(target);
		const conversationPath = `/tenants/${encodeURIComponent(tenantId)}/conversations/${encodeURIComponent(conversationId)}`;
		let body: SendMessageRequest;
		if (content.kind === 'text') body = textMessage(content.text);
		else if (content.kind === 'template') body = templateReply(content.template);
		else body = await uploadedMediaMessage(ctx, conversationPath, content.media);
		const response = await ctx.request<Message>({ method: 'POST', path: `${conversationPath}/messages/`, body: body as unknown as IDataObject });
		return { messageId: response.id ?? null, response: response as unknown as IDataObject };
	},
};
