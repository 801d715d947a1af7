import { randomBytes } from 'node:crypto';
import type { IExecuteSingleFunctions, IHttpRequestOptions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';

import { fieldError } from '../../shared/validation';

/**
 * A multipart/form-data body with one file part, built by hand so the package needs no
 * form-data dependency. Buffer.alloc gives the body its own memory, so copies of the request
 * options (n8n clones them) cannot pick up bytes from Node's shared buffer pool.
 */
export async function multipartFile(
	ctx: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
	binaryPropertyParameter: string,
	fieldName: string,
	/** Checks the file before it is sent (size limits); throws to refuse it. */
	check?: (bytes: number, mimeType: string | undefined) => void,
): Promise<IHttpRequestOptions> {
	const property = String(ctx.getNodeParameter(binaryPropertyParameter, 'data') ?? '').trim();
	const item = ctx.getInputData();
	if (!property || !item.binary?.[property]) {
		throw fieldError(ctx, '"Input Binary Field"', `names "${property}", but the item has no binary data by that name`);
	}
	const binary = ctx.helpers.assertBinaryData(property);
	const data = await ctx.helpers.getBinaryDataBuffer(property);
	check?.(data.length, binary.mimeType);
	const boundary = `----n8nWabbit${randomBytes(12).toString('hex')}`;
	const filename = (binary.fileName ?? 'file').replace(/["\r\n]/g, '_');
	const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${fieldName}"; filename="${filename}"\r\nContent-Type: ${binary.mimeType || 'application/octet-stream'}\r\n\r\n`);
	const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
	const body = Buffer.alloc(head.length + data.length + tail.length);
	head.copy(body, 0);
	data.copy(body, head.length);
	tail.copy(body, head.length + data.length);
	requestOptions.body = body;
	requestOptions.headers = { ...(requestOptions.headers ?? {}), 'Content-Type': `multipart/form-data; boundary=${boundary}` };
	requestOptions.json = false;
	return requestOptions;
}

/** A JSON answer to a request sent without `json` comes back as text. */
export async function parseJsonResponse(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return items.map((item) => {
		const raw = item.json as unknown;
		if (typeof raw !== 'string') return item;
		try {
			return { ...item, json: raw.trim() ? JSON.parse(raw) : {} };
		} catch {
			return { ...item, json: { response: raw } };
		}
	});
}

/** Turns a raw file response into an item with the file under the chosen binary property. */
export async function toBinaryItem(this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse): Promise<INodeExecutionData[]> {
	const property = String(this.getNodeParameter('binaryPropertyName', 'data') ?? 'data');
	const headers = response.headers as Record<string, string | undefined>;
	const disposition = headers['content-disposition'] ?? '';
	const fileName = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
	const mimeType = headers['content-type']?.split(';')[0];
	const body = response.body as Buffer | ArrayBuffer;
	const buffer = Buffer.isBuffer(body) ? body : Buffer.from(body);
	const binary = await this.helpers.prepareBinaryData(buffer, fileName, mimeType);
	return [{ json: { mediaId: String(this.getNodeParameter('mediaId', '')), fileName: binary.fileName, mimeType: binary.mimeType, size: buffer.length }, binary: { [property]: binary } }];
}
