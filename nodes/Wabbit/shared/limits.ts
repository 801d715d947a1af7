import { limitTable, WHATSAPP } from '../../shared/limits';

/**
 * What Wabbit accepts, checked before sending. Names and tags carry the doc's own maxima
 * (seeds/003: "string <= 150 characters", "<= 1000 characters"); message texts and files, for
 * which it prints none, WhatsApp's (schemas/wabbit/*.schema.json, decision in
 * schemas/wabbit/README.md).
 */
export const WABBIT_LIMITS = limitTable('Wabbit', {
	/** message.schema.json TextMessage text.body; captions and files as WhatsApp */
	...WHATSAPP,
	/** The business profile photo is an image. */
	photoBytes: WHATSAPP.imageBytes,
	/** settings.schema.json: about text, business profile address and description */
	about: 139,
	profileText: 256,
	/** Doc: Tag name, User username / first_name / last_name */
	tagName: 1000,
	userName: 150,
});
