import { randomBytes } from 'node:crypto';

/**
 * One file as a multipart/form-data body, built by hand: a Buffer survives the copies n8n makes of
 * a request, the platform FormData does not (and the form-data package is not a dependency here).
 * Media › Upload and the Omnichannel Reply's media replies both upload through it.
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
