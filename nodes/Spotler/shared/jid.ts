/**
 * Spotler identifies channels and contacts by JIDs (e-mail-like ids such as
 * 31611111111@whatsapp.eazy.im). Users may type a phone number instead; these helpers turn what
 * they typed into a JID and encode it for a URL path.
 */

const PHONE_NETWORKS = new Set(['whatsapp.eazy.im', 'sms.eazy.im']);

export class JidError extends Error {}

/** "+31 6 1234-5678", "0031612345678" -> "31612345678"; undefined when it is not a phone number. */
export function phoneDigits(value: string): string | undefined {
	const compact = value.trim().replace(/[\s().-]/g, '');
	const digits = compact.replace(/^\+/, '').replace(/^00/, '');
	return /^\d{8,15}$/.test(digits) ? digits : undefined;
}

export function domainOf(jid: string): string {
	return jid.slice(jid.indexOf('@') + 1);
}

/** A channel given as a JID is used as is; a phone number becomes a WhatsApp channel JID. */
export function toChannelJid(value: string): string {
	const trimmed = value.trim();
	if (trimmed.includes('@')) return trimmed;
	const digits = phoneDigits(trimmed);
	if (!digits) throw new JidError(`"${value}" is neither a channel JID nor a phone number`);
	return `${digits}@whatsapp.eazy.im`;
}

/**
 * A contact given as a JID is used as is. Otherwise it lives on the channel's network: a phone
 * number for WhatsApp and SMS channels, the network's own id for the others.
 */
export function toContactJid(value: string, channelJid: string): string {
	const trimmed = value.trim();
	if (trimmed.includes('@')) return trimmed;
	const domain = domainOf(channelJid);
	if (PHONE_NETWORKS.has(domain)) {
		const digits = phoneDigits(trimmed);
		if (!digits) throw new JidError(`"${value}" is not a phone number (8 to 15 digits, international format) or a JID`);
		return `${digits}@${domain}`;
	}
	if (!/^[A-Za-z0-9._-]+$/.test(trimmed)) throw new JidError(`"${value}" is not a contact id or JID`);
	return `${trimmed}@${domain}`;
}

/** JIDs contain "@"; encoding keeps them one path segment whatever they hold. */
export function jidPath(jid: string): string {
	return encodeURIComponent(jid);
}
