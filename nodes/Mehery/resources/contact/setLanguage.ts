import { forOperation, toBody } from '../../../shared/operations';
import { meheryResults } from '../../shared/envelope';
import { LANGUAGE_OPTIONS } from '../../shared/languages';
import { operation } from '../../shared/operations';

export const contactSetLanguage = operation({
	name: 'Set Language Preference',
	value: 'setLanguage',
	action: 'Set the language preference of a contact',
	description: 'Set the language Mehery uses for a contact',
	method: 'POST',
	path: '/api/v1/contact/prefs/lang',
	output: [meheryResults],
});

export const contactSetLanguageFields = forOperation('contact', 'setLanguage', [
	{
		displayName: 'Contact ID',
		name: 'contactId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'wa919988776655_918828218374',
		description: 'The contact to update, as Mehery identifies it (inbound messages carry it in contactId)',
		routing: toBody('contactId'),
	},
	{
		displayName: 'Language',
		name: 'lang',
		type: 'options',
		required: true,
		default: 'EN',
		options: LANGUAGE_OPTIONS,
		// The list is the doc's (ContactMeta.lang) plus en_US, the value of the doc's own example.
		description: "The language to set, from Mehery's language list (use an expression for another locale)",
		routing: toBody('lang'),
	},
]);
