import type { TemplateList } from '../../../schemas/spotler/types.generated';
import { oncePerRun } from '../../shared/run-memo';
import type { ApiContext } from '../../shared/transport';
import type { TemplateVersion } from '../../shared/templates';
import { spotlerApiRequest } from './transport';

/**
 * The channel's templates, one entry per translation. Spotler keeps no example values, so the
 * variables are described by the body text around them.
 */
export async function spotlerTemplateVersions(ctx: ApiContext, channelPath: string): Promise<TemplateVersion[]> {
	const path = `/channels/${channelPath}/templates`;
	return await oncePerRun(ctx, `GET ${path}`, async () => spotlerTemplateVersionsOf((await spotlerApiRequest.call(ctx, 'GET', path)) as TemplateList));
}

/** The same from a template list already read (Omnichannel Reply reads it with its own request). */
export function spotlerTemplateVersionsOf({ templates }: TemplateList): TemplateVersion[] {
	return templates.flatMap((t) =>
		t.translations.map((tr) => ({
			name: t.name,
			language: tr.localeName,
			status: tr.status,
			text: tr.components.find((c) => c.type === 'BODY')?.text ?? '',
		})),
	);
}
