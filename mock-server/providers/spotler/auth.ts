import type { NextFunction, Request, Response } from 'express';

import type { KeyScope } from '../../../schemas/spotler/types.generated';
import { SpotlerError } from './errors';
import { isoNow, type SpotlerState, type StoredKey } from './state';

/**
 * The doc states owner ⊃ company ⊃ channel and assistant ⊃ channel; it is silent on company vs
 * assistant. The package treats a company key as reaching assistant endpoints too, so the
 * order is linear.
 */
const RANK: Record<KeyScope, number> = { CHANNEL: 1, ASSISTANT: 2, COMPANY: 3, OWNER: 4 };

export type Scope = 'channel' | 'assistant' | 'company';

/** `Authorization: Bearer <key>` (the doc's prose says "Authentication"; its example and the mock use Authorization). */
export function authenticate(state: () => SpotlerState) {
	return (req: Request, res: Response, next: NextFunction) => {
		const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
		const key = match ? state().keys.find((k) => k.token === match[1]) : undefined;
		if (!key) throw new SpotlerError(1001);
		key.lastUsed = isoNow();
		res.locals.key = key;
		next();
	};
}

export function currentKey(res: Response): StoredKey {
	return res.locals.key as StoredKey;
}

/** Route guard: the key's scope must reach the endpoint's scope label in the doc. */
export function requireScope(scope: Scope) {
	const needed = RANK[scope.toUpperCase() as KeyScope];
	return (_req: Request, res: Response, next: NextFunction) => {
		if (RANK[currentKey(res).scope] < needed) throw new SpotlerError(1002);
		next();
	};
}

/** Channel and assistant keys reach only the channels listed in their objects. */
export function assertChannelAccess(res: Response, channelJid: string): void {
	const key = currentKey(res);
	if (RANK[key.scope] >= RANK.COMPANY) return;
	if (!key.objects.some((o) => o.type === 'CHANNEL' && o.jid === channelJid)) throw new SpotlerError(1002);
}

/**
 * An assistant key acts as its assistant: it may change only conversations that assistant holds
 * (1010 otherwise, e.g. after a handover to an agent). Company keys act for the whole company.
 */
export function assertConversationOwnership(res: Response, assignee: string | null): void {
	const key = currentKey(res);
	if (key.scope !== 'ASSISTANT') return;
	const assistantJid = key.objects.find((o) => o.type === 'ASSISTANT')?.jid;
	if (!assistantJid || assignee !== assistantJid) throw new SpotlerError(1010);
}
