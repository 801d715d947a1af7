import { Router } from 'express';

import type { ErrorResponder, MockProvider } from './types';

/**
 * A provider whose routes are not built yet: every path answers 404 in that provider's own
 * error format, so clients see the same kind of body the real provider would send.
 */
export function placeholderProvider(info: { slug: string; title: string; realBaseUrl: string; sendError: ErrorResponder; credentials: () => Record<string, unknown> }): MockProvider {
	const router = Router();
	router.use((req, res) => info.sendError(res, 404, `No route for ${req.method} ${req.path} (not emulated yet)`));
	return { ...info, router, state: () => ({}) };
}
