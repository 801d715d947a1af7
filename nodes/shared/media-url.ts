/** MIME types by file extension, for media given as a URL whose "MIME Type" field is left empty. */
const MIME_BY_EXTENSION: Record<string, string> = {
	'3gp': 'video/3gpp',
	aac: 'audio/aac',
	amr: 'audio/amr',
	csv: 'text/csv',
	doc: 'application/msword',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	gif: 'image/gif',
	jpeg: 'image/jpeg',
	jpg: 'image/jpeg',
	m4a: 'audio/mp4',
	mp3: 'audio/mpeg',
	mp4: 'video/mp4',
	oga: 'audio/ogg',
	ogg: 'audio/ogg',
	opus: 'audio/ogg',
	pdf: 'application/pdf',
	png: 'image/png',
	pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
	txt: 'text/plain',
	webp: 'image/webp',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	zip: 'application/zip',
};

function lastPathSegment(url: string): string {
	try {
		return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
	} catch {
		return '';
	}
}

/** "https://x/y/invoice.PDF?x=1" -> "pdf"; "" when the URL's file has no extension. */
export function extensionOf(url: string): string {
	const file = lastPathSegment(url);
	return file.includes('.') ? (file.split('.').pop() ?? '').toLowerCase() : '';
}

export function mimeTypeFromUrl(url: string): string | undefined {
	return MIME_BY_EXTENSION[extensionOf(url)];
}

/** The URL's last path segment, decoded; `fallback` when there is none. */
export function fileNameFromUrl(url: string, fallback = 'file'): string {
	return lastPathSegment(url) || fallback;
}
