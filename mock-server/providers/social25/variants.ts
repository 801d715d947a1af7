import type { VariantTable } from '../../core/variants';

/**
 * What the Social25 document leaves open, and the answers the mock can play for it (first =
 * default). test/social25/tolerance.test.ts runs the node against each.
 */
export const SOCIAL25_VARIANTS: VariantTable = {
	initiateRejected: {
		question: 'Initiate Conversations V2: what becomes of a number Social25 rejects? The doc only prints an answer where every number succeeded.',
		answers: {
			listed: 'It keeps a record, {"user_identifier": ..., "error": ...}, and success is false',
			omitted: 'It is left out of records (fewer records than numbers) and success is false',
		},
	},
	initiateOrder: {
		question: 'Initiate Conversations V2: are records in the order of the request? The doc does not say.',
		answers: {
			input: 'Records follow the order of the numbers sent',
			reversed: 'Records come in reverse order',
		},
	},
	initiateRecordShape: {
		question: "Initiate Conversations V2: does a record say which number it is for? The doc's example holds only conversation_id and user_id.",
		answers: {
			identified: 'Each record also carries user_identifier, the stored E.164 number',
			documented: 'Records hold only conversation_id and user_id, as the doc prints them',
		},
	},
};
