import type { Request, Router } from 'express';
import { randomUUID } from 'node:crypto';

import { trimMap } from '../../../core/limits';
import { route, routeTable } from '../../../core/route-table';
import { param, type ProviderContext } from '../../../core/types';
import type { MediaUploadResponse } from '../../../../schemas/wabbit/types.generated';
import { fieldErrors, invalidBody, notFound } from '../errors';
import { apiRoot } from '../lookup';
import type { StoredMedia, WabbitState } from '../state';

/**
 * `file_encoded` as a multipart file part (what the doc's JavaScript example sends) or as base64
 * text (what its field description says); both are accepted. The profile photo comes the same way.
 */
export function uploadedFile(req: Request): StoredMedia {
	const files = (req.files as Express.Multer.File[] | undefined) ?? [];
	const part = files.find((f) => f.fieldname === 'file_encoded');
	if (part) return { id: randomUUID(), data: part.buffer, mimeType: part.mimetype || 'application/octet-stream', filename: part.originalname || 'file' };
	const text = (req.body as Record<string, unknown> | undefined)?.file_encoded;
	if (typeof text === 'string' && text.length > 0) {
		const base64 = text.replace(/^data:([^;]+);base64,/, '');
		const mimeType = /^data:([^;]+);/.exec(text)?.[1] ?? 'application/octet-stream';
		if (!/^[A-Za-z0-9+/=\s]+$/.test(base64)) throw fieldErrors({ file_encoded: ['The submitted data was not a file nor base64 text.'] });
		return { id: randomUUID(), data: Buffer.from(base64, 'base64'), mimeType, filename: 'file' };
	}
	throw fieldErrors({ file_encoded: ['No file was submitted.'] });
}

export function mediaRoutes(ctx: ProviderContext, state: () => WabbitState): Router {
	return routeTable(ctx, invalidBody, [
		route({
			method: 'POST',
			path: '/media/',
			summary: 'Upload a media file (multipart file_encoded)',
			response: 'MediaUploadResponse',
			handle: (req, res) => {
				const media = uploadedFile(req);
				state().media.set(media.id, media);
				trimMap(state().media, ctx.limits.uploads);
				const response: MediaUploadResponse = { file: `${apiRoot(ctx)}/media/${media.id}/`, id: media.id };
				res.status(201).json(response);
			},
		}),
		route({
			method: 'GET',
			path: '/media/{id}/',
			summary: 'Download a media file',
			handle: (req, res) => {
				const media = state().media.get(param(req, 'id'));
				if (!media) throw notFound();
				res.setHeader('Content-Type', media.mimeType);
				res.setHeader('Content-Disposition', `inline; filename="${media.filename.replace(/"/g, '')}"`);
				res.send(media.data);
			},
		}),
	]);
}
