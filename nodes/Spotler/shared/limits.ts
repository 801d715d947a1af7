import { limitTable, WHATSAPP } from '../../shared/limits';

/**
 * What Spotler accepts, checked before sending. The doc (seeds/004) prints no limits; these are
 * WhatsApp's, as schemas/spotler/*.schema.json encode them (see schemas/spotler/README.md).
 */
export const SPOTLER_LIMITS = limitTable('Spotler', {
	/** message.schema.json TextMessage.body */
	text: WHATSAPP.text,
	/** message.schema.json Caption */
	caption: WHATSAPP.caption,
	/** message.schema.json InteractiveText (header and body of interactive messages) */
	interactiveText: 1024,
	buttonPayload: 256,
	listTitle: 20,
	sections: 10,
	sectionTitle: 24,
	rows: 10,
	rowTitle: 24,
	rowDescription: 72,
	rowPayload: 200,
	/** ProductSection.items */
	products: 30,
	/** template.schema.json: body text, buttons and their text */
	templateText: 1024,
	templateButtons: 3,
	templateButtonText: 20,
	/** profile.schema.json about */
	about: 139,
});
