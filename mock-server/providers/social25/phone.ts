/**
 * Initiate Conversations: "If a phone number is not formatted according to the E.164 format the
 * assumption will be made that the number is formatted according to the national format ...
 * we will utilise the ISO country code of the platform selected." The mock knows the countries
 * its seeded platforms use.
 */
export interface Country {
	iso: string;
	callingCode: string;
	/** Allowed lengths of the national significant number (without the trunk prefix 0). */
	nationalLengths: number[];
}

export const COUNTRIES: Record<string, Country> = {
	NL: { iso: 'NL', callingCode: '31', nationalLengths: [9] },
	BE: { iso: 'BE', callingCode: '32', nationalLengths: [8, 9] },
};

export const INVALID_PHONE = 'Enter a valid phone number.';

/** "+31 6 1234 5678", "0031612345678", "06-12345678" (NL) -> "+31612345678"; undefined when invalid. */
export function toE164(input: string, country: Country): string | undefined {
	const compact = input.trim().replace(/[\s().-]/g, '');
	if (/^(\+|00)/.test(compact)) {
		const digits = compact.replace(/^(\+|00)/, '');
		return /^[1-9]\d{7,14}$/.test(digits) ? `+${digits}` : undefined;
	}
	if (!/^\d+$/.test(compact)) return undefined;
	const national = compact.replace(/^0/, '');
	return country.nationalLengths.includes(national.length) && /^[1-9]/.test(national) ? `+${country.callingCode}${national}` : undefined;
}
