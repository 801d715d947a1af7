import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { MediaHsmRequest } from '../../../../schemas/social25/types.generated';
import { collection, forOperation } from '../../../shared/operations';
import { oncePerRun } from '../../../shared/run-memo';
import { providerRequest } from '../../../shared/transport';
import { SOCIAL25_API } from '../../shared/transport';
import { checkTemplateSend, variableValues } from '../../../shared/templates';
import { fieldError } from '../../../shared/validation';
import {
	bodyParametersProperty,
	bodyParameterTexts,
	headerMediaOptions,
	languageOptionsProperty,
	languageProperty,
	notApprovedProblem,
	templateLocator,
	templateVariablesProperty,
	templateVersions,
} from '../../shared/templates';
import { templateMessage } from '../../shared/messages';
import { operation } from '../../shared/operations';
import { social25SentSummary } from '../../shared/sent';

export const messageSendWhatsAppTemplateFields = forOperation('message', 'sendWhatsAppTemplate', [
	// Version 1 (saved workflows): language as free text, values in a list the user fills blind.
	languageProperty({ '@version': [1] }),
	// Version 2: the language from WhatsApp's list, one field per placeholder, checked before sending.
	languageOptionsProperty({ '@version': [2] }),
	templateLocator(),
	bodyParametersProperty({ '@version': [1] }),
	templateVariablesProperty({ '@version': [2] }),
	collection('Additional Fields', 'additionalFields', 'Add Field', [
		{
			displayName: 'Display Text',
			name: 'text',
			type: 'string',
			default: '',
			description: 'The filled-in template text to show in the Social25 chat window (optional)',
		},
		...headerMediaOptions,
		{ displayName: 'Namespace', name: 'namespace', type: 'string', default: '', description: 'The WhatsApp template namespace (see WhatsApp Template > Get Many)' },
	]),
]);

/**
 * Version 1: the Body Parameters as given (Social25 answers for a wrong template). Version 2: the
 * Template Variables, after the language's approved templates are read from the same conversation,
 * so a template that is not approved or a wrong count never reaches Social25.
 */
async function bodyTexts(ctx: IExecuteSingleFunctions, name: string, language: string, messagesUrl: string): Promise<string[]> {
	if (ctx.getNode().typeVersion < 2) return bodyParameterTexts(ctx.getNodeParameter('bodyParameters', {}) as IDataObject);
	const values = variableValues(ctx);
	// The path's placeholders are filled in by now (they come before the body): .../conversations/<id>/messages/ -> .../whatsapp_templates/
	const path = messagesUrl.replace(/messages\/$/, 'whatsapp_templates/');
	// Once per run and language, as Send in Bulk does: approved templates belong to the tenant's
	// WhatsApp number, not to one conversation, though Social25 lists them per conversation.
	const tenantTemplates = path.replace(/\/conversations\/[^/]+\//, '/conversations/*/');
	const versions = await oncePerRun(ctx, `GET ${tenantTemplates}?language=${language}`, async () =>
		templateVersions(await providerRequest(ctx, SOCIAL25_API, { method: 'GET', path, qs: { language } }), language),
	);
	if (!versions.some((v) => v.name === name)) throw fieldError(ctx, '"Template"', notApprovedProblem(name, language));
	checkTemplateSend(ctx, name, language, versions, values);
	return values;
}

export const messageSendWhatsAppTemplate = operation<MediaHsmRequest>({
	name: 'Send WhatsApp Template',
	value: 'sendWhatsAppTemplate',
	action: 'Send a WhatsApp template',
	description: 'Send an approved WhatsApp template (media HSM), e.g. to start or re-open a conversation',
	method: 'POST',
	path: '/tenants/{tenantId}/conversations/{conversationId}/messages/',
	async body(requestOptions) {
		const name = String(this.getNodeParameter('template', '', { extractValue: true }) ?? '').trim();
		const locale = String(this.getNodeParameter('language', '') ?? '').trim();
		if (!locale) throw fieldError(this, '"Language"', 'is empty');
		if (!name) throw fieldError(this, '"Template"', 'is empty');
		const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
		const headerUrl = String(extra.headerMediaUrl ?? '').trim();
		if (headerUrl && !/^https?:\/\//.test(headerUrl)) throw fieldError(this, '"Header Media URL"', 'must start with http:// or https://');
		return templateMessage({
			name,
			locale,
			texts: await bodyTexts(this, name, locale, requestOptions.url ?? ''),
			header: { type: String(extra.headerMediaType ?? 'image'), url: headerUrl },
			namespace: extra.namespace ? String(extra.namespace) : undefined,
			text: extra.text ? String(extra.text) : undefined,
		});
	},
	output: [social25SentSummary],
});
