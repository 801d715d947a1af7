import type { ILoadOptionsFunctions } from 'n8n-workflow';

import type { HSMTemplateDoc } from '../../../schemas/mehery/types.generated';
import { derivedOncePerRun, oncePerRun } from '../../shared/run-memo';
import { pickedParameter, type TemplateVersion } from '../../shared/templates';
import type { ApiContext } from '../../shared/transport';
import { listOf } from './envelope';
import { meheryApiRequest } from './transport';

/** One HSM template document: Mehery keeps one document per code and language, each with its own id. */
export interface MeheryTemplateVersion extends TemplateVersion {
	id: string;
	title: string;
}

/** A template's review status on one channel; a template never submitted there cannot be sent there either. */
function statusOn(doc: HSMTemplateDoc, channelId: string): string {
	const approval = (doc.approved ?? []).find((a) => a.channelId === channelId);
	return approval?.status ?? 'not submitted for this channel';
}

/**
 * The templates as the editor shows them and a send is checked against: named by code, one entry
 * per language, with their status on the channel. Mehery keeps no example values, so the named
 * placeholders ({{name}}) are described by the words around them.
 */
export function meheryTemplateVersionsOf(docs: HSMTemplateDoc[], channelId: string): MeheryTemplateVersion[] {
	return docs.map((doc) => ({
		id: doc.id,
		name: doc.code,
		title: doc.title || doc.code,
		language: doc.lang ?? '',
		status: statusOn(doc, channelId),
		text: doc.body || doc.template || '',
		named: true,
	}));
}

/** Every template (unfiltered, so a rejected or pending one is seen as such), with its status on the channel; once per run and channel where the run shares lookups. */
export async function meheryTemplateVersions(ctx: ApiContext, channelId: string): Promise<MeheryTemplateVersion[]> {
	const response = await oncePerRun(ctx, 'GET /api/v1/config/tmpl/hsm', async () => await meheryApiRequest.call(ctx, 'GET', '/api/v1/config/tmpl/hsm'));
	return derivedOncePerRun(ctx, `versions of GET /api/v1/config/tmpl/hsm on ${channelId}`, () => meheryTemplateVersionsOf(listOf(response) as unknown as HSMTemplateDoc[], channelId));
}

/**
 * The code a template locator names: By Code holds it, From List and By ID hold a document id.
 * Undefined when no template has that id.
 */
export function pickedCode(versions: MeheryTemplateVersion[], locator: { mode?: string; value?: unknown }): string | undefined {
	const value = String(locator?.value ?? '').trim();
	if (locator?.mode === 'code') return value;
	return versions.find((v) => v.id === value)?.name;
}

/** The template locator of the node being edited: its mode, and its value ('' while unset or an expression). */
export function pickedTemplate(ctx: ILoadOptionsFunctions): { mode?: string; value: string } {
	const raw = ctx.getCurrentNodeParameter('template') as { mode?: string } | undefined;
	return { mode: raw && typeof raw === 'object' ? raw.mode : undefined, value: pickedParameter(ctx, 'template') };
}

/** The templates with their status on the channel picked in the editor. */
export async function versionsOnPickedChannel(ctx: ILoadOptionsFunctions): Promise<MeheryTemplateVersion[]> {
	return await meheryTemplateVersions(ctx, pickedParameter(ctx, 'channel'));
}
