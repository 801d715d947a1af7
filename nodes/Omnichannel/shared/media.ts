import type { MediaKind } from './types';

export { fileNameFromUrl, mimeTypeFromUrl } from '../../shared/media-url';

/** image/*, video/*, audio/* are what they say; anything else is sent as a document. */
export function mediaKindOf(mimeType: string): MediaKind {
	const family = mimeType.split('/')[0];
	return family === 'image' || family === 'video' || family === 'audio' ? family : 'document';
}
