import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * The doc's language list (ContactMeta.lang): upper-case two-letter codes, including the legacy
 * Java codes IN (Indonesian), IW (Hebrew), JI (Yiddish), MO (Moldavian) and PH, which is no ISO
 * code. Sent as listed.
 */
export const LANGUAGE_CODES =
	'AB AE AF AK AM AN AR AS AV AY AZ BA BE BG BH BI BM BN BO BR BS CA CE CH CO CR CS CU CV CY DA DE DV DZ EE EL EN EO ES ET EU FA FF FI FJ FO FR FY GA GD GL GN GU GV HA HI HO HR HT HU HY HZ IA IN IE IG II IK IO IS IT IU IW JA JI JV KA KG KI KJ KK KL KM KN KO KR KS KU KV KW KY LA LB LG LI LN LO LT LU LV MG MH MI MK ML MN MO MR MS MT MY NA NB ND NE NG NL NN NO NR NV NY OC OJ OM OR OS PA PI PL PS PT QU RM RN RO RU RW SA SC SD SE SG SI SK SL SM SN SO SQ SR SS ST SU SV SW TA TE TG TH TI TK TL PH TN TO TR TS TT TW TY UG UK UR UZ VE VI VO WA WO XH YO ZA ZH ZU'.split(
		' ',
	);

/** Names for the legacy codes, which current ICU data does not name under these letters. */
const LEGACY_NAMES: Record<string, string> = { IN: 'Indonesian', IW: 'Hebrew', JI: 'Yiddish', MO: 'Moldavian', PH: 'PH (no ISO 639-1 language)' };

function languageName(code: string): string {
	if (LEGACY_NAMES[code]) return LEGACY_NAMES[code];
	try {
		const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code.toLowerCase());
		return name && name.toLowerCase() !== code.toLowerCase() ? name : code;
	} catch {
		return code;
	}
}

/** The doc's own Contact Preferences example sends a language with a region, not a listed code. */
const DOC_EXAMPLE_LOCALES = ['en_US'];

export const LANGUAGE_OPTIONS: INodePropertyOptions[] = [
	...LANGUAGE_CODES.map((code) => ({ name: `${languageName(code)} (${code})`, value: code })),
	...DOC_EXAMPLE_LOCALES.map((locale) => ({ name: `English, United States (${locale})`, value: locale })),
].sort((a, b) => a.name.localeCompare(b.name));
