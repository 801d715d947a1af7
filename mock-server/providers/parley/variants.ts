import type { Request, Response } from 'express';

import type { VariantTable } from '../../core/variants';
import type { SuccessEnvelope } from '../../../schemas/parley/types.generated';

/**
 * Where the Parley doc is silent, the answers the mock can play (first = default = the package's
 * first guess). The doc prints one answer only, POST /results/{id}/event/{event} with `data: {}`,
 * so where a payload stands in every other answer is a guess; see schemas/parley/README.md.
 */
export const PARLEY_VARIANTS: VariantTable = {
	envelope: {
		question: 'Where the payload (a result, the results of a search, a reply, a case, the configuration) stands in an answer: the doc prints only `data: {}`',
		answers: {
			'data.name': 'in the envelope under its name: data.result, data.results, data.reply, data.case, data.configuration',
			'data.singular': 'as data.name, but a list of results under the singular data.result',
			data: "the payload is data itself (a result's fields, replyAvailable too, directly in data; a search's data is the list)",
			top: 'under its name at the top level, beside status and metadata, with no data member',
			bare: 'the payload alone: the result object, or the list of results, is the whole body',
			empty: "the envelope with data: {} exactly as the doc's only example (no payload at all)",
		},
	},
	replyAvailable: {
		question: "How a result's replyAvailable is typed (the doc names the parameter, not its type)",
		answers: { boolean: 'true / false', number: '1 / 0', string: '"true" / "false"' },
	},
	searchOffset: {
		question: 'Whether a search honours the /offset:N/ filter (the doc lists it, the behaviour is unseen)',
		answers: { honoured: 'skips N results', ignored: 'every page starts at the first result' },
	},
	newResults: {
		question: 'Whether /new+results:true/ leaves out what an earlier new-results search returned',
		answers: { 'marks-seen': 'returned results drop out of later new-results searches', ignored: 'the flag changes nothing: every search returns the whole set' },
	},
	tokenGrantType: {
		question: "Where the KPN token endpoint reads grant_type (KPN's published request puts it in the query; OAuth2 clients send it in the form body)",
		answers: { either: 'query or form body', query: 'the query string only', body: 'the form body only' },
	},
};

/** The doc's success envelope: {data, messages, status: "SUCCES", metadata: {values: {url}, method, duration}}. */
function envelopeBody(req: Request, res: Response, data: Record<string, unknown>): SuccessEnvelope {
	const started = (res.locals.startedAt as number | undefined) ?? Date.now();
	return {
		data,
		messages: [],
		status: 'SUCCES',
		metadata: {
			values: { url: req.path.replace(/^\/+/, '') },
			method: req.method.toLowerCase(),
			duration: Math.max(0.001, (Date.now() - started) / 1000),
		},
	};
}

export function sendData(req: Request, res: Response, data: Record<string, unknown>, status = 200): void {
	res.status(status).json(envelopeBody(req, res, data));
}

/** The payload as the `envelope` variant in play places it; `extra` joins it under data.name only. */
export function sendPayload(req: Request, res: Response, variant: (name: string) => string, name: string, payload: unknown, extra: Record<string, unknown> = {}): void {
	const placement = variant('envelope');
	const singular = Array.isArray(payload) && placement === 'data.singular' ? name.replace(/s$/, '') : name;
	switch (placement) {
		case 'data':
			return sendData(req, res, (Array.isArray(payload) ? payload : { ...(payload as object), ...extra }) as never);
		case 'top': {
			const { data: _data, ...envelope } = envelopeBody(req, res, {});
			res.json({ [name]: payload, ...envelope });
			return;
		}
		case 'bare':
			res.json(payload);
			return;
		case 'empty':
			return sendData(req, res, {});
		default:
			return sendData(req, res, { [singular]: payload, ...extra });
	}
}

/** A result's replyAvailable as the `replyAvailable` variant types it. */
export function typedReplyAvailable<T extends { replyAvailable?: unknown }>(variant: (name: string) => string, result: T): T {
	const flag = Boolean(result.replyAvailable);
	switch (variant('replyAvailable')) {
		case 'number':
			return { ...result, replyAvailable: flag ? 1 : 0 };
		case 'string':
			return { ...result, replyAvailable: String(flag) };
		default:
			return result;
	}
}
