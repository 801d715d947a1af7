import type { NextFunction, Request, Response, Router } from 'express';
import multer from 'multer';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';
import type { MediaFile } from '../../../../schemas/social25/types.generated';
import { fieldError, invalidBody, Social25Error } from '../errors';
import { conversationFrom } from '../lookup';
import type { Social25State } from '../state';

const multipart = multer({ storage: multer.memoryStorage(), limits: { fileSize: 16 * 1024 * 1024 } }).single('media_file');

/** The `media_file` upload; a body that is not valid multipart is a 400, as DRF's parser answers. */
function mediaFileUpload(req: Request, res: Response, next: NextFunction): void {
	multipart(req, res, (error?: unknown) => {
		if (error) return next(new Social25Error(400, `Multipart form parse error - ${(error as Error).message}`));
		next();
	});
}

/** Cloudinary-style resource types, as the upload response shows ("image"); audio counts as video there. */
function resourceType(mime: string): string {
	if (mime.startsWith('image/')) return 'image';
	if (mime.startsWith('video/') || mime.startsWith('audio/')) return 'video';
	return 'raw';
}

export function mediaRoutes(ctx: ProviderContext, state: () => Social25State): Router {
	return routeTable(ctx, invalidBody, [
		route({
			method: 'POST',
			path: '/tenants/{tenantId}/conversations/{conversationId}/mediaupload/',
			summary: 'Upload a media file (multipart field media_file)',
			response: 'MediaFile',
			before: [mediaFileUpload],
			handle: (req, res) => {
				const s = state();
				conversationFrom(s, req);
				const file = req.file;
				if (!file) throw fieldError('media_file', 'No file was submitted.');
				if (file.size === 0) throw fieldError('media_file', 'The submitted file is empty.');
				const title = file.originalname.replace(/[^\w.-]+/g, '_');
				const path = `${ctx.faker.string.hexadecimal({ length: 32, prefix: '', casing: 'lower' })}/Platform/outbound/${title}`;
				const media: MediaFile = {
					path,
					url: `https://s3.eu-central-1.amazonaws.com/social25-acc/${path}`,
					secure_url: `https://social25-acc.s3.amazonaws.com/${path}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=mock`,
					type: 'private',
					title,
					mime_type: file.mimetype,
					resource_type: resourceType(file.mimetype),
					bytes: file.size,
				};
				s.uploads.set(path, media);
				res.json(media);
			},
		}),
	]);
}
