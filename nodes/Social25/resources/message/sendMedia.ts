import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { MediaFile, MediaMessageRequest, MediaMessageType } from '../../../../schemas/social25/types.generated';
import { checkLength } from '../../../shared/limits';
import { collection, forOperation } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { SOCIAL25_LIMITS } from '../../shared/limits';
import { mediaMessage, mediaTypeOf } from '../../shared/messages';
import { operation } from '../../shared/operations';
import { social25SentSummary } from '../../shared/sent';

export const messageSendMediaFields = forOperation('message', 'sendMedia', [
	{
		displayName: 'Uploaded Media',
		name: 'mediaFile',
		type: 'json',
		default: '={{ $json }}',
		required: true,
		description: 'The output of Media > Upload, unchanged. The default takes it from the input item, so put this node right after the upload.',
	},
	{
		displayName: 'Media Type',
		name: 'mediaType',
		type: 'options',
		default: 'auto',
		options: [
			{ name: 'Audio', value: 'AUDIO' },
			{ name: 'Automatic (From the Upload)', value: 'auto', description: "Image, video or audio by the file's MIME type; anything else is sent as a file" },
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
	},
	collection('Additional Fields', 'additionalFields', 'Add Field', [
		{
			displayName: 'Count as Inbound',
			name: 'countAsInbound',
			type: 'boolean',
			default: false,
			description: 'Whether Salesforce counts this message in Unread_Messages__c',
		},
	]),
]);

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

export const messageSendMedia = operation<MediaMessageRequest>({
	name: 'Send Media',
	value: 'sendMedia',
	action: 'Send a media message',
	description: 'Send a file uploaded with Media > Upload as an image, file, video or audio message',
	method: 'POST',
	path: '/tenants/{tenantId}/conversations/{conversationId}/messages/',
	body() {
		const media = readMediaFile(this);
		const chosen = this.getNodeParameter('mediaType', 'auto') as string;
		const caption = String(this.getNodeParameter('caption', '') ?? '');
		checkLength(this, 'Caption', caption, SOCIAL25_LIMITS.caption);
		const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
		const type = chosen === 'auto' ? mediaTypeOf(String(media.mime_type ?? '')) : (chosen as MediaMessageType);
		return mediaMessage(type, media, caption === '' ? null : caption, extra.countAsInbound === undefined ? undefined : Boolean(extra.countAsInbound));
	},
	output: [social25SentSummary],
});
