import { limitTable, WHATSAPP } from '../../shared/limits';

/**
 * What Parley accepts, checked before sending. The doc (seeds/001) prints no limits; the
 * reply's maximum is ReplyRequest.message in schemas/parley/result.schema.json, and a reply on a
 * WhatsApp result also keeps to WhatsApp's own (decision in schemas/parley/README.md).
 */
export const PARLEY_LIMITS = limitTable('Parley', { reply: 10_000 });
export const PARLEY_WHATSAPP_LIMITS = limitTable('Parley (on WhatsApp)', { reply: WHATSAPP.text });
