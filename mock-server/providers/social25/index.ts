import { placeholderProvider } from '../../core/placeholder';
import type { ProviderFactory } from '../../core/types';
import { sendError } from './errors';

export const social25: ProviderFactory = (ctx) =>
	placeholderProvider({
		slug: ctx.slug,
		title: 'Social25 Chat API',
		realBaseUrl: 'https://social25.herokuapp.com/api/v1.0',
		sendError,
		credentials: () => ({ baseUrl: ctx.baseUrl() }),
	});
