import { randomUUID } from 'node:crypto';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { MediaFile, MediaMessageRequest, MediaMessageType } from '../../../../schemas/social25/types.generated';
import { checkLength } from '../../../shared/limits';
import { fieldError } from '../../../shared/validation';
import { SOCIAL25_LIMITS } from '../../shared/limits';
import { MESSAGES_URL } from './url';
import { social25SentSummary } from '../../shared/sent';

const show = { resource: ['message'], operation: ['sendMedia'] };

export const messageSendMediaDescription: INodeProperties[] = [
	{
		displayName: 'Uploaded Media',
		name: 'mediaFile',
		type: 'json',
		default: '={{ $json }}',
		required: true,
		description: 'The output of Media > Upload, unchanged. The default takes it from the input item, so put this node right after the upload.',
		displayOptions: { show },
	},
	{
		displayName: 'Media Type',
		name: 'mediaType',
		type: 'options',
		default: 'auto',
		displayOptions: { show },
		options: [
			{ name: 'Audio', value: 'AUDIO' },
			{ name: 'Automatic (From the Upload)', value: 'auto', description: 'Image, video or audio by the file\'s MIME type; anything else is sent as a file' },
			{ name: 'File', value: 'FILE' },
			{ name: 'Image', value: 'IMAGE' },
			{ name: 'Video', value: 'VIDEO' },
		],
	},
	{
		displayName: 'Caption',
		name: 'caption',
		type: 'string',
		default: '',
		description: 'Text sent with the file, on platforms that support captions',
		displayOptions: { show },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'Count as Inbound',
				name: 'countAsInbound',
				type: 'boolean',
				default: false,
				description: 'Whether Salesforce counts this message in Unread_Messages__c',
			},
		],
	},
];

function typeFromMime(mime: string): MediaMessageType {
	if (mime.startsWith('image/')) return 'IMAGE';
	if (mime.startsWith('video/')) return 'VIDEO';
	if (mime.startsWith('audio/')) return 'AUDIO';
	return 'FILE';
}

function readMediaFile(ctx: IExecuteSingleFunctions): MediaFile {
	let value = ctx.getNodeParameter('mediaFile', {}) as unknown;
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value);
		} catch {
			throw fieldError(ctx, '"Uploaded Media"', 'is not valid JSON');
		}
	}
	const media = value as Partial<MediaFile> | null;
	if (!media || typeof media !== 'object' || typeof media.path !== 'string' || typeof media.url !== 'string') {
		throw fieldError(ctx, '"Uploaded Media"', 'is not the output of Media > Upload (it needs at least "path" and "url")');
	}
	return media as MediaFile;
}

/** Builds the documented send-media body around the upload's output. */
export async function prepareSendMedia(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const media = readMediaFile(this);
	const chosen = this.getNodeParameter('mediaType', 'auto') as string;
	const caption = String(this.getNodeParameter('caption', '') ?? '');
	checkLength(this, 'Caption', caption, SOCIAL25_LIMITS.caption);
	const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
	const body: MediaMessageRequest = {
		type: chosen === 'auto' ? typeFromMime(String(media.mime_type ?? '')) : (chosen as MediaMessageType),
		media_file: media,
		mime_type: media.mime_type,
		outbound: true,
		status: 'PREPARED',
		temp_id: randomUUID(),
		text: caption === '' ? null : caption,
		timestamp: new Date().toISOString(),
	};
	if (extra.countAsInbound !== undefined) body.count_as_inbound = Boolean(extra.countAsInbound);
	requestOptions.body = body;
	return requestOptions;
}

export const messageSendMedia: INodePropertyOptions = {
	name: 'Send Media',
	value: 'sendMedia',
	action: 'Send a media message',
	description: 'Send a file uploaded with Media > Upload as an image, file, video or audio message',
	routing: { request: { method: 'POST', url: MESSAGES_URL }, send: { preSend: [prepareSendMedia] }, output: { postReceive: [social25SentSummary] } },
};
