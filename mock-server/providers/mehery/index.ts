import { placeholderProvider } from '../../core/placeholder';
import type { ProviderFactory } from '../../core/types';
import { sendError } from './errors';

export const mehery: ProviderFactory = (ctx) =>
	placeholderProvider({
		slug: ctx.slug,
		title: 'Mehery XMS Messaging APIs',
		realBaseUrl: 'https://api.mehery.xyz/xms',
		sendError,
		credentials: () => ({ baseUrl: ctx.baseUrl() }),
	});
