import type { VariantTable } from '../../core/variants';

/** Where the doc is silent, the answers the mock can play (schemas/mehery/README.md, "Tolerated alternatives"). */
export const VARIANTS: VariantTable = {
	payload: {
		question: 'Which member of an ApiResponse carries the answer: the doc prints both data (one item) and results (the list) and never says which one a call fills',
		answers: {
			both: "data holds the item (a list call: its first item), results the list, as the doc's samples show",
			results: 'only results carries the answer; data is left out',
			data: 'only data carries the answer (a list call: the whole list in data); results is empty',
		},
	},
	errorBody: {
		question: 'What an error answer holds: the doc lists 401, 403 and 404 with schema "None" and prints no error',
		answers: {
			wrapper: 'the ApiResponse wrapper: status, statusKey, error, errors[ApiFieldError], message',
			empty: 'the status code with an empty body',
			text: 'a plain-text body (text/plain) with the message',
		},
	},
	language: {
		question: 'Which form of language code contact/prefs/lang takes: its example sends en_US, ContactMeta lists two-letter codes such as EN',
		answers: {
			either: 'a two-letter code with or without a region (EN, en_US)',
			locale: 'only a language with a region, like the example (en_US); EN is refused',
			code: 'only a listed two-letter code (EN); en_US is refused',
		},
	},
};
