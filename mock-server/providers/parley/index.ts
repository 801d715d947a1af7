import { placeholderProvider } from '../../core/placeholder';
import type { ProviderFactory } from '../../core/types';
import { sendError } from './errors';

export const parley: ProviderFactory = (ctx) =>
	placeholderProvider({
		slug: ctx.slug,
		title: 'Parley Webcare (Tracebuzz)',
		realBaseUrl: 'https://api-prd.kpn.com/communication/tracebuzz/social-media-webcare',
		sendError,
		credentials: () => ({ baseUrl: ctx.baseUrl() }),
	});
