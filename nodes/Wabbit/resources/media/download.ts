import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { forOperation } from '../../../shared/operations';
import { toBinaryItem } from '../../shared/binary';
import { operation } from '../../shared/operations';

/** The file comes as bytes, not JSON. */
async function asBytes(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	requestOptions.encoding = 'arraybuffer';
	requestOptions.json = false;
	return requestOptions;
}

export const mediaDownload = operation({
	name: 'Download',
	value: 'download',
	action: 'Download a media file',
	// Wabbit API: GET /media/{uuid}/.
	description: 'Download a media file into binary data',
	method: 'GET',
	path: '/media/{mediaId}/',
	preSend: [asBytes],
	output: [toBinaryItem],
});

export const mediaDownloadFields = forOperation('media', 'download', [
	{
		displayName: 'Media ID or URL',
		name: 'mediaId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e4b6a1c2-0f7e-4f0a-9d55-3c2f8b6f1a10',
		// A media link has the form .../api/v1/media/{uuid}/; the mediaId placeholder takes the UUID from it.
		description: 'The media UUID, or the media link found in a message',
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the output binary field to put the file in',
	},
]);
