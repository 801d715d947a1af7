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

/** ApiResponse«T,object»: the item in `data`, and in `results` too. */
export function apiResponse<T>(req: Request, data: T | undefined, results: T[] = data === undefined ? [] : [data]) {
	return { ...base(req), data, results, errors: [], warnings: [] };
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
