import { Router, type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';

import { trimMap } from '../../../core/limits';
import { param, type ProviderContext } from '../../../core/types';
import type { BusinessProfile, BusinessProfileUpdate, MediaUploadResponse, ProfileAbout } from '../../../../schemas/wabbit/types.generated';
import { requireAdmin } from '../auth';
import { fieldErrors, notFound } from '../errors';
import type { StoredMedia, WabbitState } from '../state';
import { apiRoot, validateBody } from '../views';

/**
 * `file_encoded` as a multipart file part (what the doc's JavaScript example sends) or as base64
 * text (what its field description says); both are accepted.
 */
function uploadedFile(req: Request): StoredMedia {
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
	const router = Router();

	router.post('/media/', (req, res) => {
		const media = uploadedFile(req);
		state().media.set(media.id, media);
		trimMap(state().media, ctx.limits.uploads);
		const response: MediaUploadResponse = { file: `${apiRoot(ctx)}/media/${media.id}/`, id: media.id };
		res.status(201).json(response);
	});
	router.get('/media/:id/', (req, res) => {
		const media = state().media.get(param(req, 'id'));
		if (!media) throw notFound();
		res.setHeader('Content-Type', media.mimeType);
		res.setHeader('Content-Disposition', `inline; filename="${media.filename.replace(/"/g, '')}"`);
		res.send(media.data);
	});

	router.get('/settings/business/profile/', (_req, res) => {
		res.json(state().businessProfile);
	});
	const updateProfile = (partial: boolean) => (req: Request, res: Response) => {
		const s = state();
		const body = validateBody<BusinessProfileUpdate>(ctx, 'BusinessProfileUpdate', req.body);
		const next = { ...s.businessProfile, ...body } as BusinessProfile;
		if (!partial) {
			const missing = (['address', 'description', 'email', 'vertical'] as const).filter((f) => !(f in body));
			if (missing.length) throw fieldErrors(Object.fromEntries(missing.map((f) => [f, ['This field is required.']])));
		}
		s.businessProfile = next;
		res.json(next);
	};
	router.patch('/settings/business/profile/', requireAdmin, updateProfile(true));
	router.put('/settings/business/profile/', requireAdmin, updateProfile(false));

	const updateAbout = (req: Request, res: Response) => {
		const body = validateBody<ProfileAbout>(ctx, 'ProfileAbout', req.body);
		state().about = body.text;
		res.json({ text: body.text });
	};
	router.patch('/settings/profile/about/', requireAdmin, updateAbout);
	router.put('/settings/profile/about/', requireAdmin, updateAbout);

	router.post('/settings/profile/photo/', requireAdmin, (req, res) => {
		state().photo = uploadedFile(req);
		res.json({});
	});
	return router;
}
