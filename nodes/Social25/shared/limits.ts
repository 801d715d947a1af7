import { limitTable, WHATSAPP } from '../../shared/limits';

/**
 * What Social25 accepts, checked before sending. Its doc (seeds/000) prints no limits, so
 * WhatsApp's own apply on every platform (decision in schemas/social25/README.md).
 */
export const SOCIAL25_LIMITS = limitTable('Social25', {
	...WHATSAPP,
});
