import type { MediaKind } from './types';

/** When "MIME Type" is left empty it is taken from the file extension of the URL. */
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
	ogg: 'audio/ogg',
	opus: 'audio/ogg',
	pdf: 'application/pdf',
	png: 'image/png',
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

export function mimeTypeFromUrl(url: string): string | undefined {
	const extension = lastPathSegment(url).split('.').pop()?.toLowerCase() ?? '';
	return MIME_BY_EXTENSION[extension];
}

export function fileNameFromUrl(url: string): string {
	return lastPathSegment(url) || 'file';
}

/** image/*, video/*, audio/* are what they say; anything else is sent as a document. */
export function mediaKindOf(mimeType: string): MediaKind {
	const family = mimeType.split('/')[0];
	return family === 'image' || family === 'video' || family === 'audio' ? family : 'document';
}
