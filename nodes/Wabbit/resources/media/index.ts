import type { INodeProperties } from 'n8n-workflow';

import { parseJsonResponse, toBinaryItem } from '../../shared/binary';
import { mediaDownloadDescription, prepareMediaDownload } from './download';
import { mediaUploadDescription, prepareMediaUpload } from './upload';

export const mediaDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['media'] } },
		options: [
			{
				name: 'Download',
				value: 'download',
				action: 'Download a media file',
				// Wabbit API: GET /media/{uuid}/.
				description: 'Download a media file into binary data',
				routing: { request: { method: 'GET', url: '' }, send: { preSend: [prepareMediaDownload] }, output: { postReceive: [toBinaryItem] } },
			},
			{
				name: 'Upload',
				value: 'upload',
				action: 'Upload a media file',
				// Wabbit API: POST /media/, method inferred.
				description: 'Upload binary data, to send it in an image, document or sticker message next',
				routing: { request: { method: 'POST', url: '/media/' }, send: { preSend: [prepareMediaUpload] }, output: { postReceive: [parseJsonResponse] } },
			},
		],
		default: 'upload',
	},
	...mediaUploadDescription,
	...mediaDownloadDescription,
];
