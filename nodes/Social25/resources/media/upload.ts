import { randomBytes } from 'node:crypto';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { checkMediaSize } from '../../../shared/limits';
import { fieldError } from '../../../shared/validation';
import { SOCIAL25_LIMITS } from '../../shared/limits';
import { conversationLocator } from '../../shared/descriptions';

export const mediaUpload: INodePropertyOptions = {
	name: 'Upload',
	value: 'upload',
	action: 'Upload a media file',
	description: "Upload a file from the input item's binary data; send it with Message > Send Media",
	routing: {
		request: { method: 'POST', url: '/tenants/{tenantId}/conversations/{conversationId}/mediaupload/' },
		send: { preSend: [prepareMediaUpload] },
	},
};

export const mediaUploadDescription: INodeProperties[] = [
	conversationLocator({ resource: ['media'], operation: ['upload'] }, 'The conversation the file will be sent in'),
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the input binary field containing the file to upload',
		displayOptions: { show: { resource: ['media'], operation: ['upload'] } },
	},
];

/**
 * One file as a multipart/form-data body, built by hand: a Buffer survives the copies n8n makes of
 * a request, the platform FormData does not (and the form-data package is not a dependency here).
 */
export function multipartFile(field: string, fileName: string, mimeType: string, content: Buffer): { body: Buffer; contentType: string } {
	const boundary = `----n8nSocial25${randomBytes(12).toString('hex')}`;
	const safeName = fileName.replace(/["\r\n]/g, '_');
	const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${safeName}"\r\nContent-Type: ${mimeType}\r\n\r\n`;
	const parts = [Buffer.from(head, 'utf8'), content, Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8')];
	// A buffer of its own (Buffer.alloc never uses the shared pool): credential handling copies
	// the request, and a pooled slice can come out as the whole 8 KB pool.
	const body = Buffer.alloc(parts.reduce((sum, part) => sum + part.length, 0));
	let offset = 0;
	for (const part of parts) offset += part.copy(body, offset);
	return {
		body,
		contentType: `multipart/form-data; boundary=${boundary}`,
	};
}

/** Sends the item's binary data as the multipart field `media_file`, as the doc's second curl does. */
export async function prepareMediaUpload(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
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
