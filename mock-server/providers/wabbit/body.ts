import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import multer from 'multer';

import { jsonBody } from '../../core/body';
import type { ProviderContext } from '../../core/types';
import { WabbitError } from './errors';

/** Fields that are numbers or booleans in the API; form bodies carry them as text. */
const INTEGER_FIELDS = new Set(['tag', 'timestamp', 'assigned_to_user', 'assigned_group', 'user', 'group', 'id']);
const NUMBER_FIELDS = new Set(['latitude', 'longitude']);
const BOOLEAN_FIELDS = new Set(['preview_url', 'force_check', 'can_use_tags']);

function coerce(value: unknown, key = ''): unknown {
	if (Array.isArray(value)) return value.map((v) => coerce(v, key));
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, coerce(v, k)]));
	}
	if (typeof value !== 'string') return value;
	if ((INTEGER_FIELDS.has(key) || NUMBER_FIELDS.has(key)) && value.trim() === '') return null;
	if (INTEGER_FIELDS.has(key) && /^-?\d+$/.test(value)) return Number(value);
	if (NUMBER_FIELDS.has(key) && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
	if (BOOLEAN_FIELDS.has(key) && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
	return value;
}

/**
 * The doc: request data may be JSON, application/x-www-form-urlencoded or multipart/form-data.
 * Form values are typed by field name; JSON-looking text in a form field (e.g. `extra`) is parsed.
 */
const formFields = (req: Request, _res: Response, next: NextFunction) => {
	if (req.is('application/x-www-form-urlencoded') || req.is('multipart/form-data')) {
		const body = coerce(req.body ?? {}) as Record<string, unknown>;
		for (const [key, value] of Object.entries(body)) {
			if (typeof value === 'string' && /^[[{]/.test(value.trim())) {
				try {
					body[key] = JSON.parse(value);
				} catch {
					// not JSON: keep the text
				}
			}
		}
		req.body = body;
	}
	next();
};

/** JSON and urlencoded bodies (size- and depth-limited); multipart waits for multipartBody, after authentication. */
export function bodyParsers(ctx: ProviderContext): RequestHandler[] {
	return [jsonBody({ limit: '16mb', maxDepth: () => ctx.limits.jsonDepth }), express.urlencoded({ extended: true, limit: '16mb' }), formFields];
}

/**
 * multipart/form-data (uploads up to 16 MB). Mounted after authentication, so a request without
 * valid credentials is refused before its body is read. A malformed multipart body is the
 * client's error: DRF answers 400 "Multipart form parse error".
 */
export function multipartBody(fileSize = 16 * 1024 * 1024): RequestHandler[] {
	const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize, files: 10, fields: 200 } });
	const multipart = (req: Request, res: Response, next: NextFunction) =>
		upload.any()(req, res, (error?: unknown) => next(error ? new WabbitError(400, `Multipart form parse error - ${(error as Error).message}`) : undefined));
	return [multipart, formFields];
}
