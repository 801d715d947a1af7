import type { ProviderSlug } from '../../../schemas/common/types.generated';
import type { ReplyAdapter } from '../shared/types';
import { meheryReply } from './mehery';
import { parleyReply } from './parley';
import { spotlerReply } from './spotler';

/** Providers Omnichannel Reply can answer on. Social25 and Wabbit get theirs when their nodes land. */
export const REPLY_ADAPTERS: Partial<Record<ProviderSlug, ReplyAdapter>> = {
	mehery: meheryReply,
	parley: parleyReply,
	spotler: spotlerReply,
};

export const PROVIDER_NAMES: Record<ProviderSlug, string> = {
	mehery: 'Mehery',
	parley: 'Parley',
	social25: 'Social25',
	spotler: 'Spotler',
	wabbit: 'Wabbit',
};
