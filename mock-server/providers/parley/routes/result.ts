import type { NextFunction, Request, Response, Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import { param, type ProviderContext } from '../../../core/types';
import type { Reply, ReplyRequest, Result, ResultEvent } from '../../../../schemas/parley/types.generated';
import { invalidBody, ParleyError } from '../errors';
import { findResult, matches, parseFilters } from '../lookup';
import { isoSeconds, STATUS_CODES, type ParleyState } from '../state';
import { sendData, sendPayload, typedReplyAvailable } from '../variants';

/** GET /results/{resultId} returns this many context results at most (the doc: "a limit of 10"). */
const CONTEXT_LIMIT = 10;
const EVENTS: ResultEvent[] = ['starttyping', 'stoptyping', 'opened', 'closed'];

/** A non-numeric first segment is a search profile name: such requests go on to the search route. */
function numericResultId(req: Request, _res: Response, next: NextFunction): void {
	next(/^\d+$/.test(param(req, 'resultId')) ? undefined : 'route');
}

/**
 * Form bodies arrive as strings (the external spec's encoding); JSON bodies are accepted too. The
 * table validates the typed values; the request log (which renders a form body when the answer
 * finishes) gets the form back as it was sent.
 */
function replyFormValues(req: Request, res: Response, next: NextFunction): void {
	const sent: unknown = req.body;
	const input = { ...((sent ?? {}) as Record<string, unknown>) };
	if (typeof input.connectionId === 'string' && /^\d+$/.test(input.connectionId)) input.connectionId = Number(input.connectionId);
	if (input.public === 'true' || input.public === 'false') input.public = input.public === 'true';
	req.body = input;
	res.prependListener('finish', () => {
		req.body = sent;
	});
	next();
}

export function resultRoutes(ctx: ProviderContext, state: () => ParleyState): Router {
	const typed = <T extends Result>(result: T) => typedReplyAvailable(ctx.variant, result);
	/** An unknown result is answered before its body is looked at. */
	const resultFound = (req: Request, _res: Response, next: NextFunction) => {
		findResult(state(), param(req, 'resultId'));
		next();
	};

	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/results/{resultId}/noContext',
			summary: 'A result without context',
			response: 'SuccessEnvelope',
			before: [numericResultId],
			handle: (req, res) => sendPayload(req, res, ctx.variant, 'result', typed(findResult(state(), param(req, 'resultId')))),
		}),
		/** The result plus up to 10 other results of its case, oldest first, deleted ones left out. */
		route({
			method: 'GET',
			path: '/results/{resultId}',
			summary: 'A result with up to 10 other results of its case',
			response: 'SuccessEnvelope',
			before: [numericResultId],
			handle: (req, res) => {
				const s = state();
				const result = findResult(s, param(req, 'resultId'));
				const context = s.results.filter((r) => r.caseId === result.caseId && r.id !== result.id && r.status !== STATUS_CODES.deleted).slice(-CONTEXT_LIMIT);
				sendPayload(req, res, ctx.variant, 'result', typed(result), { context: context.map(typed) });
			},
		}),
		route<ReplyRequest>({
			method: 'POST',
			path: '/results/{resultId}/replies',
			summary: 'Reply to a result (form-urlencoded or JSON)',
			body: 'ReplyRequest',
			response: 'SuccessEnvelope',
			before: [resultFound, replyFormValues],
			handle: (req, res, { message, connectionId, public: isPublic }) => {
				const s = state();
				const result = findResult(s, param(req, 'resultId'));
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
			},
		}),
		/** Event names are matched case-insensitively, so the prose's startTyping works too. */
		route({
			method: 'POST',
			path: '/results/{resultId}/event/{event}',
			summary: 'Send starttyping, stoptyping, opened or closed',
			response: 'SuccessEnvelope',
			handle: (req, res) => {
				const result = findResult(state(), param(req, 'resultId'));
				const event = param(req, 'event').toLowerCase() as ResultEvent;
				if (!EVENTS.includes(event)) throw new ParleyError(400, `Unknown event "${param(req, 'event')}"; use ${EVENTS.join(', ')}`);
				if (event === 'starttyping' || event === 'stoptyping') {
					if (!result.replyAvailable) throw new ParleyError(412, `Typing events are not supported for result ${result.id}`);
					result.typing = event === 'starttyping';
				} else {
					result.status = event === 'opened' ? STATUS_CODES.open : STATUS_CODES.closed;
				}
				sendData(req, res, {});
			},
		}),
		route({
			method: 'GET',
			path: '/results/{*filters}',
			summary: 'Search a profile: /results/<profile>/source:<sources>/<filters>/limit:N/offset:M/',
			response: 'SuccessEnvelope',
			handle: (req, res) => {
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
				sendPayload(req, res, ctx.variant, 'results', page.map(typed), { total: found.length, limit: filters.limit, offset });
			},
		}),
	]);
}
