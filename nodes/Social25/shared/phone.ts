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
