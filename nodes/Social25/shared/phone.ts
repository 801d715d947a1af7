/**
 * Social25 takes phone numbers in E.164 ("+31611122233") or in the national format of the
 * platform's country, which only Social25 can resolve. The node passes on what the user typed and
 * only stops what cannot be a phone number in either form.
 */
export function phoneProblem(value: string): string | undefined {
	const compact = value.trim().replace(/[\s().-]/g, '');
	if (compact === '') return 'is empty';
	if (!/^(\+|00)?\d+$/.test(compact)) return `"${value}" is not a phone number: use E.164 such as +31611122233, or a national number`;
	const digits = compact.replace(/^(\+|00)/, '');
	if (/^(\+|00)/.test(compact) && !/^[1-9]\d{7,14}$/.test(digits)) {
		return `"${value}" is not a valid E.164 number: after the + come the country code and 8 to 15 digits in all`;
	}
	if (digits.length < 6 || digits.length > 15) return `"${value}" has ${digits.length} digits; a phone number has 6 to 15`;
	return undefined;
}

export const digitsOf = (value: string) =>
	value
		.trim()
		.replace(/[\s().-]/g, '')
		.replace(/^(\+|00)/, '');

/**
 * Whether what the user typed and the number Social25 stored (E.164, with or without "+") are the
 * same phone. A national number ("0611122233") matches the stored number it ends in, after a
 * country code of one to three digits: Social25 read it in the platform's country.
 */
export function samePhoneNumber(typed: string, stored: string): boolean {
	const a = digitsOf(typed);
	const b = digitsOf(stored);
	if (!a || !b) return false;
	if (a === b) return true;
	const compact = typed.trim().replace(/[\s().-]/g, '');
	if (/^(\+|00)/.test(compact) || !compact.startsWith('0')) return false;
	const national = a.replace(/^0+/, '');
	return national.length >= 6 && b.endsWith(national) && b.length - national.length >= 1 && b.length - national.length <= 3;
}

/** Whether a typed number can only equal a stored one digit for digit (E.164, or not starting with 0). */
export function matchesExactlyOnly(typed: string): boolean {
	const compact = typed.trim().replace(/[\s().-]/g, '');
	return /^(\+|00)/.test(compact) || !compact.startsWith('0');
}
