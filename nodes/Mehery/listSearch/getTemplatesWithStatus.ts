import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { pickedParameter, templateLabel } from '../../shared/templates';
import { versionsOnPickedChannel } from '../shared/templates';

/**
 * Version 2's template picker: one entry per code with every language's status on the picked
 * channel ("Welcome (WELCOME: en_US: approved, nl: pending)"), so a rejected or pending template is
 * seen before it is sent. Templates never submitted for the channel are left out.
 */
export async function getTemplatesWithStatus(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const channelId = pickedParameter(this, 'channel');
	const versions = (await versionsOnPickedChannel(this)).filter((v) => !channelId || !v.status.startsWith('not submitted'));
	const needle = filter?.toLowerCase();
	const codes = [...new Set(versions.map((v) => v.name))];
	return {
		results: codes
			.map((code) => versions.filter((v) => v.name === code))
			.filter((list) => !needle || `${list[0].name} ${list[0].title}`.toLowerCase().includes(needle))
			.map((list) => ({ name: `${list[0].title}: ${templateLabel(list[0].name, list)}`, value: list[0].id })),
	};
}
