import { placeholderProvider } from '../../core/placeholder';
import type { ProviderFactory } from '../../core/types';
import { sendError } from './errors';

export const wabbit: ProviderFactory = (ctx) =>
	placeholderProvider({
		slug: ctx.slug,
		title: 'Wabbit WhatsApp Integration API',
		realBaseUrl: "the customer's own inbox URL (documented paths begin /api/v1/)",
		sendError,
		credentials: () => ({ baseUrl: ctx.baseUrl() }),
	});
