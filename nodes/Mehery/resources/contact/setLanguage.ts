import type { INodeProperties } from 'n8n-workflow';

import { LANGUAGE_OPTIONS } from '../../shared/languages';

const showOnlyForContactSetLanguage = { operation: ['setLanguage'], resource: ['contact'] };

export const contactSetLanguageDescription: INodeProperties[] = [
	{
		displayName: 'Contact ID',
		name: 'contactId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'wa919988776655_918828218374',
		description: 'The contact to update, as Mehery identifies it (inbound messages carry it in contactId)',
		displayOptions: { show: showOnlyForContactSetLanguage },
		routing: { send: { type: 'body', property: 'contactId' } },
	},
	{
		displayName: 'Language',
		name: 'lang',
		type: 'options',
		required: true,
		default: 'EN',
		options: LANGUAGE_OPTIONS,
		// The list is the doc's (ContactMeta.lang) plus en_US, the value of the doc's own example.
		description: 'The language to set, from Mehery\'s language list (use an expression for another locale)',
		displayOptions: { show: showOnlyForContactSetLanguage },
		routing: { send: { type: 'body', property: 'lang' } },
	},
];
