import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { checkMediaSize } from '../../../shared/limits';
import { forOperation, inputBinaryField } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { conversationLocator } from '../../shared/descriptions';
import { SOCIAL25_LIMITS } from '../../shared/limits';
import { multipartFile } from '../../shared/media';
import { operation } from '../../shared/operations';

/** Sends the item's binary data as the multipart field `media_file`, as the doc's second curl does. */
async function binaryAsMultipart(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const field = String(this.getNodeParameter('binaryPropertyName', 'data') ?? '').trim();
	if (!field) throw fieldError(this, '"Input Binary Field"', 'is empty');
	const binary = this.getInputData().binary?.[field];
	if (!binary) throw fieldError(this, '"Input Binary Field"', `names "${field}", but the input item has no binary field of that name`);
	const buffer = await this.helpers.getBinaryDataBuffer(field);
	checkMediaSize(this, 'Input Binary Field', buffer.length, binary.mimeType, SOCIAL25_LIMITS);
	const fileName = binary.fileName || `upload.${binary.fileExtension ?? 'bin'}`;
	const { body, contentType } = multipartFile('media_file', fileName, binary.mimeType || 'application/octet-stream', buffer);
	requestOptions.body = body;
	// Replaces the node's default JSON content type; the boundary must travel with the body.
	const headers: IDataObject = {};
	for (const [name, value] of Object.entries(requestOptions.headers ?? {})) if (name.toLowerCase() !== 'content-type') headers[name] = value;
	requestOptions.headers = { ...headers, 'Content-Type': contentType };
	return requestOptions;
}

export const mediaUpload = operation({
	name: 'Upload',
	value: 'upload',
	action: 'Upload a media file',
	description: "Upload a file from the input item's binary data; send it with Message > Send Media",
	method: 'POST',
	path: '/tenants/{tenantId}/conversations/{conversationId}/mediaupload/',
	preSend: [binaryAsMultipart],
});

export const mediaUploadFields = forOperation('media', 'upload', [
	conversationLocator('The conversation the file will be sent in'),
	inputBinaryField('The name of the input binary field containing the file to upload'),
]);
