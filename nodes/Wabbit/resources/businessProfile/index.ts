import type { INodeProperties } from 'n8n-workflow';

import { limitParameters } from '../../../shared/limits';
import { requireParameters } from '../../../shared/validation';
import { WABBIT_LIMITS } from '../../shared/limits';
import { businessProfileUpdateDescription, prepareBusinessProfileUpdate } from './update';
import { businessProfileUpdateAboutDescription } from './updateAbout';
import { businessProfileUpdatePhotoDescription, photoUpdatedOutput, prepareProfilePhoto } from './updatePhoto';

export const businessProfileDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['businessProfile'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get the business profile',
				// Wabbit API: GET /settings/business/profile/, path inferred.
				description: 'Get the WhatsApp Business profile',
				routing: { request: { method: 'GET', url: '/settings/business/profile/' } },
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update the business profile',
				// Wabbit API: PATCH /settings/business/profile/, inferred.
				description: 'Change address, description, email, industry or websites; admins only',
				routing: { request: { method: 'PATCH', url: '/settings/business/profile/' }, send: { preSend: [prepareBusinessProfileUpdate] } },
			},
			{
				name: 'Update About',
				value: 'updateAbout',
				action: 'Update the profile about text',
				// Wabbit API: PATCH /settings/profile/about/, inferred.
				description: 'Change the profile\'s "About" text; admins only',
				routing: { request: { method: 'PATCH', url: '/settings/profile/about/' }, send: { preSend: [requireParameters({ aboutText: 'About Text' }), limitParameters({ aboutText: ['About Text', WABBIT_LIMITS.about] })] } },
			},
			{
				name: 'Update Photo',
				value: 'updatePhoto',
				action: 'Update the profile photo',
				// Wabbit API: POST /settings/profile/photo/, path inferred.
				description: 'Upload a new profile photo from binary data; admins only',
				routing: { request: { method: 'POST', url: '/settings/profile/photo/' }, send: { preSend: [prepareProfilePhoto] }, output: { postReceive: [photoUpdatedOutput] } },
			},
		],
		default: 'get',
	},
	...businessProfileUpdateDescription,
	...businessProfileUpdateAboutDescription,
	...businessProfileUpdatePhotoDescription,
];
