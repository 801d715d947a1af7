import type { Request } from 'express';
import { randomBytes } from 'node:crypto';

import { describeIssues } from '../../core/schema-validator';
import type { ProviderContext } from '../../core/types';
import { MeheryError } from './errors';

const base = (req: Request) => ({
	status: 200,
	statusKey: 'SUCCESS',
	message: 'Success',
	messageKey: 'MESSAGE_SUCCESS',
	timestamp: Date.now(),
	traceid: randomBytes(8).toString('hex'),
	meta: {},
	path: req.path,
});

/**
 * ApiResponse«T,object»: the item in `data`, and in `results` too (list calls: the first item in `data`,
 * the list in `results`), with every member the doc's
 * ApiResponse marks required (empty where a success has nothing to say).
 */
export function apiResponse<T>(ctx: ProviderContext, req: Request, data: T | undefined, results: T[] = data === undefined ? [] : [data]) {
	// Which of the two the real service fills is not documented: the `payload` variant plays each.
	const payload = ctx.variant('payload');
	const list = req.method === 'GET';
	return {
		...base(req),
		...(payload === 'results' ? {} : { data: payload === 'data' && list ? results : data }),
		results: payload === 'data' ? [] : results,
		details: [],
		error: '',
		errors: [],
		exception: '',
		extra: {},
		logs: [],
		params: {},
		query: { ...req.query },
		redirectUrl: '',
		warningKey: '',
		warnings: [],
	};
}

/** ApiResultsMetaCompactResponse«T,object»: a list in `results`. */
export function compactResponse<T>(req: Request, results: T[]) {
	const { path: _path, ...envelope } = base(req);
	return { ...envelope, results };
}

/** Schema validation answered with 400 and one ApiFieldError per problem. */
export function validateBody<T>(ctx: ProviderContext, definition: string, body: unknown): T {
	const issues = ctx.validator.validate(definition, body ?? {});
	if (issues.length) {
		throw new MeheryError(
			400,
			`Validation failed: ${describeIssues(issues)}`,
			issues.map((i) => ({ field: i.path, code: 'INVALID', description: i.message })),
		);
	}
	return (body ?? {}) as T;
}
