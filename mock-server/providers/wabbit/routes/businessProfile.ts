import type { Request, Response, Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';
import type { BusinessProfile, BusinessProfileUpdate, ProfileAbout } from '../../../../schemas/wabbit/types.generated';
import { requireAdmin } from '../auth';
import { fieldErrors, invalidBody } from '../errors';
import type { WabbitState } from '../state';
import { uploadedFile } from './media';

/** The WhatsApp Business profile, its About text and photo; admins change them. */
export function businessProfileRoutes(ctx: ProviderContext, state: () => WabbitState): Router {
	const updateProfile = (partial: boolean) => (_req: Request, res: Response, body: BusinessProfileUpdate) => {
		const s = state();
		const next = { ...s.businessProfile, ...body } as BusinessProfile;
		if (!partial) {
			const missing = (['address', 'description', 'email', 'vertical'] as const).filter((f) => !(f in body));
			if (missing.length) throw fieldErrors(Object.fromEntries(missing.map((f) => [f, ['This field is required.']])));
		}
		s.businessProfile = next;
		res.json(next);
	};
	const updateAbout = (_req: Request, res: Response, body: ProfileAbout) => {
		state().about = body.text;
		res.json({ text: body.text });
	};

	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/settings/business/profile/',
			summary: 'Get the business profile',
			response: 'BusinessProfile',
			handle: (_req, res) => {
				res.json(state().businessProfile);
			},
		}),
		route<BusinessProfileUpdate>({
			method: 'PATCH',
			path: '/settings/business/profile/',
			summary: 'Change some fields of the business profile',
			body: 'BusinessProfileUpdate',
			response: 'BusinessProfile',
			before: [requireAdmin],
			handle: updateProfile(true),
		}),
		route<BusinessProfileUpdate>({
			method: 'PUT',
			path: '/settings/business/profile/',
			summary: 'Set the business profile',
			body: 'BusinessProfileUpdate',
			response: 'BusinessProfile',
			before: [requireAdmin],
			handle: updateProfile(false),
		}),
		route<ProfileAbout>({
			method: 'PATCH',
			path: '/settings/profile/about/',
			summary: 'Change the profile About text',
			body: 'ProfileAbout',
			response: 'ProfileAbout',
			before: [requireAdmin],
			handle: updateAbout,
		}),
		route<ProfileAbout>({
			method: 'PUT',
			path: '/settings/profile/about/',
			summary: 'Set the profile About text',
			body: 'ProfileAbout',
			response: 'ProfileAbout',
			before: [requireAdmin],
			handle: updateAbout,
		}),
		route({
			method: 'POST',
			path: '/settings/profile/photo/',
			summary: 'Upload the profile photo (multipart file_encoded)',
			before: [requireAdmin],
			handle: (req, res) => {
				state().photo = uploadedFile(req);
				res.json({});
			},
		}),
	]);
}
