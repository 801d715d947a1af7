import { limitTable, WHATSAPP } from '../../shared/limits';

/**
 * What Mehery accepts, checked before sending. Its doc (seeds/002) prints no limits, so
 * WhatsApp's own apply on every channel (decision in schemas/mehery/README.md).
 */
export const MEHERY_LIMITS = limitTable('Mehery', {
	text: WHATSAPP.text,
	caption: WHATSAPP.caption,
});
