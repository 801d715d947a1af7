import type { Request, Response } from 'express';

import type { SuccessEnvelope } from '../../../schemas/parley/types.generated';

/** The doc's success envelope: {data, messages, status: "SUCCES", metadata: {values: {url}, method, duration}}. */
export function envelopeBody(req: Request, res: Response, data: Record<string, unknown>): SuccessEnvelope {
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
