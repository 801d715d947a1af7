import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { fieldError } from '../../../shared/validation';
import { showFor } from '../../shared/descriptions';

export const mediaDownloadDescription: INodeProperties[] = [
	{
		displayName: 'Media ID or URL',
		name: 'mediaId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e4b6a1c2-0f7e-4f0a-9d55-3c2f8b6f1a10',
		// A media link has the form .../api/v1/media/{uuid}/; prepareMediaDownload takes the UUID from it.
		description: 'The media UUID, or the media link found in a message',
		displayOptions: showFor('media', ['download']),
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the output binary field to put the file in',
		displayOptions: showFor('media', ['download']),
	},
];

export async function prepareMediaDownload(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const raw = String(this.getNodeParameter('mediaId', '') ?? '').trim();
	const id = /\/media\/([^/?#]+)/.exec(raw)?.[1] ?? raw;
	if (!/^[0-9a-f-]{8,}$/i.test(id)) throw fieldError(this, '"Media ID or URL"', `"${raw}" is neither a media UUID nor a media link`);
	requestOptions.url = `/media/${id}/`;
	requestOptions.encoding = 'arraybuffer';
	requestOptions.json = false;
	return requestOptions;
}
