import { Router, type Request } from 'express';

import { describeIssues } from '../../../core/schema-validator';
import { param, type ProviderContext } from '../../../core/types';
import type { Reply, ReplyRequest, Result, ResultEvent } from '../../../../schemas/parley/types.generated';
import { sendData } from '../envelope';
import { ParleyError } from '../errors';
import { matches, parseFilters } from '../filters';
import { isoSeconds, STATUS_CODES, type ParleyState } from '../state';
import { sendPayload, typedReplyAvailable } from '../variants';

/** GET /results/{resultId} returns this many context results at most (the doc: "a limit of 10"). */
const CONTEXT_LIMIT = 10;
const EVENTS: ResultEvent[] = ['starttyping', 'stoptyping', 'opened', 'closed'];

export function findResult(s: ParleyState, raw: string): Result {
	if (!/^\d+$/.test(raw)) throw new ParleyError(400, `resultId must be a whole number, got "${raw}"`);
	const result = s.results.find((r) => r.id === Number(raw));
	if (!result) throw new ParleyError(404, `Result ${raw} not found`);
	return result;
}

/** Form bodies arrive as strings (the external spec's encoding); JSON bodies are accepted too. */
function readReply(body: unknown): unknown {
	const input = { ...((body ?? {}) as Record<string, unknown>) };
	if (typeof input.connectionId === 'string' && /^\d+$/.test(input.connectionId)) input.connectionId = Number(input.connectionId);
	if (input.public === 'true' || input.public === 'false') input.public = input.public === 'true';
	return input;
}

export function resultRoutes(ctx: ProviderContext, state: () => ParleyState): Router {
	const router = Router();

	// A non-numeric first segment is a search profile name: those requests fall through to the search.
	router.get('/results/:resultId/noContext', (req, res, next) => {
		if (!/^\d+$/.test(param(req, 'resultId'))) return next();
		sendPayload(req, res, ctx.variant, 'result', typedReplyAvailable(ctx.variant, findResult(state(), param(req, 'resultId'))));
	});

	/** The result plus up to 10 other results of its case, oldest first, deleted ones left out. */
	router.get('/results/:resultId', (req, res, next) => {
		if (!/^\d+$/.test(param(req, 'resultId'))) return next();
		const s = state();
		const result = findResult(s, param(req, 'resultId'));
		const context = s.results
			.filter((r) => r.caseId === result.caseId && r.id !== result.id && r.status !== STATUS_CODES.deleted)
			.slice(-CONTEXT_LIMIT);
		const typed = (r: Result) => typedReplyAvailable(ctx.variant, r);
		sendPayload(req, res, ctx.variant, 'result', typed(result), { context: context.map(typed) });
	});

	router.post('/results/:resultId/replies', (req, res) => {
		const s = state();
		const result = findResult(s, param(req, 'resultId'));
		const input = readReply(req.body);
		const issues = ctx.validator.validate('ReplyRequest', input);
		if (issues.length > 0) throw new ParleyError(400, describeIssues(issues));
		const { message, connectionId, public: isPublic } = input as ReplyRequest;
		if (!result.replyAvailable) throw new ParleyError(412, `Replying is not available for result ${result.id}`);
		const connection = s.configuration.account.connections.find((c) => c.id === connectionId);
		if (!connection) throw new ParleyError(400, `Unknown connectionId ${connectionId}`);
		if (connection.source !== result.source) {
			throw new ParleyError(400, `Connection ${connectionId} is on ${connection.source}, result ${result.id} on ${result.source}`);
		}
		const stored = s.cases.find((c) => c.id === result.caseId)!;
		const date = isoSeconds(new Date());
		// The reply becomes an outgoing result of the same case.
		const outgoing: Result = {
			...result,
			id: s.nextResultId++,
			connectionId,
			date,
			text: message,
			public: isPublic,
			direction: 'outgoing',
			replyAvailable: false,
			checked: true,
			typing: false,
			status: STATUS_CODES.open,
		};
		s.results.push(outgoing);
		stored.resultIds.push(outgoing.id);
		const reply: Reply = { id: outgoing.id, resultId: result.id, caseId: stored.id, connectionId, message, public: isPublic, date };
		stored.replies.push(reply);
		result.checked = true;
		result.typing = false;
		sendPayload(req, res, ctx.variant, 'reply', reply);
	});

	/** Event names are matched case-insensitively, so the prose's startTyping works too. */
	router.post('/results/:resultId/event/:event', (req, res) => {
		const s = state();
		const result = findResult(s, param(req, 'resultId'));
		const event = param(req, 'event').toLowerCase() as ResultEvent;
		if (!EVENTS.includes(event)) throw new ParleyError(400, `Unknown event "${param(req, 'event')}"; use ${EVENTS.join(', ')}`);
		if (event === 'starttyping' || event === 'stoptyping') {
			if (!result.replyAvailable) throw new ParleyError(412, `Typing events are not supported for result ${result.id}`);
			result.typing = event === 'starttyping';
		} else {
			result.status = event === 'opened' ? STATUS_CODES.open : STATUS_CODES.closed;
		}
		sendData(req, res, {});
	});

	router.get('/results/*filters', (req: Request, res) => {
		const s = state();
		// Raw segments: the filters decide what an encoded character means.
		const segments = req.path.replace(/^\/results\//, '').split('/');
		const filters = parseFilters(segments);
		const search = s.configuration.account.searches.find((p) => p.name.toLowerCase() === filters.profile.toLowerCase());
		if (!search) throw new ParleyError(404, `Search profile "${filters.profile}" not found`);
		const delivered = s.delivered.get(search.id)!;
		// The `newResults` variant "ignored" plays a server on which the flag changes nothing.
		const newResults = ctx.variant('newResults') === 'ignored' ? undefined : filters.newResults;
		if (newResults === 'reset') delivered.clear();
		let found = s.results.filter((r) => r.searchId === search.id && matches(r, filters));
		if (newResults) found = found.filter((r) => !delivered.has(r.id));
		const ascending = (a: Result, b: Result) => a.date.localeCompare(b.date) || a.id - b.id;
		found.sort(filters.order === 'least recent' ? ascending : (a, b) => ascending(b, a));
		const offset = ctx.variant('searchOffset') === 'ignored' ? 0 : filters.offset;
		const page = found.slice(offset, offset + filters.limit);
		if (newResults) for (const r of page) delivered.add(r.id);
		const typed = page.map((r) => typedReplyAvailable(ctx.variant, r));
		sendPayload(req, res, ctx.variant, 'results', typed, { total: found.length, limit: filters.limit, offset });
	});

	return router;
}
