import type { ProviderSlug } from '../../../schemas/common/types.generated';
import type { ReplyAdapter } from '../shared/types';
import { meheryReply } from './mehery';
import { parleyReply } from './parley';
import { social25Reply } from './social25';
import { spotlerReply } from './spotler';
import { wabbitReply } from './wabbit';

/** How Omnichannel Reply answers on each provider. */
export const REPLY_ADAPTERS: Record<ProviderSlug, ReplyAdapter> = {
	mehery: meheryReply,
	parley: parleyReply,
	social25: social25Reply,
	spotler: spotlerReply,
	wabbit: wabbitReply,
};

export const PROVIDER_NAMES: Record<ProviderSlug, string> = {
	mehery: 'Mehery',
	parley: 'Parley',
	social25: 'Social25',
	spotler: 'Spotler',
	wabbit: 'Wabbit',
};
