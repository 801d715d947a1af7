import type { Template } from '../../../schemas/wabbit/types.generated';
import { derivedOncePerRun, oncePerRun } from '../../shared/run-memo';
import type { ApiContext } from '../../shared/transport';
import type { TemplateVersion } from '../../shared/templates';
import { allPages, wabbitApiRequest, type Page } from './transport';

interface BodyComponent {
	type?: string;
	text?: string;
	/** WhatsApp's template format: one list of example values for {{1}}, {{2}}, ... */
	example?: { body_text?: string[][] };
}

/** One language version of a template as the editor shows it and a send is checked against. */
export function wabbitTemplateVersion(template: Template): TemplateVersion {
	const body = (template.components as BodyComponent[]).find((c) => String(c.type ?? '').toUpperCase() === 'BODY');
	const examples = body?.example?.body_text?.[0]?.map(String);
	return {
		name: template.name,
		language: template.language,
		status: template.status,
		text: body?.text ?? '',
		...(examples?.length ? { examples } : {}),
	};
}

/** Every template of the inbox, one entry per language, with its body and example values; once per run where the run shares lookups. */
export async function wabbitTemplateVersions(ctx: ApiContext): Promise<TemplateVersion[]> {
	const templates = await wabbitTemplates(ctx);
	return derivedOncePerRun(ctx, `versions of GET ${TEMPLATES_PATH}`, () => templates.map(wabbitTemplateVersion));
}

/** The template list's path, after the API's /api/v1. */
const TEMPLATES_PATH = '/templates/';

/**
 * Every template of the inbox as Wabbit lists it (limit/offset pages), each page read by `get`:
 * the node's request, or the Omnichannel Reply's (item credential, its run's lookups).
 */
export async function listTemplates(get: (path: string, qs: { limit: number; offset: number }) => Promise<Page<Template>>): Promise<Template[]> {
	return await allPages((qs) => get(TEMPLATES_PATH, qs));
}

/** Every template of the inbox; read once per run where the run shares lookups (run-memo.ts). */
export async function wabbitTemplates(ctx: ApiContext): Promise<Template[]> {
	return await oncePerRun(ctx, `GET ${TEMPLATES_PATH}`, async () => await listTemplates(async (path, qs) => (await wabbitApiRequest.call(ctx, 'GET', path, undefined, qs)) as Page<Template>));
}
