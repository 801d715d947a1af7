import type { INodeProperties } from 'n8n-workflow';

import { meheryResults } from '../../shared/envelope';
import { contactBuildContactInfoAnswerDescription } from './buildContactInfoAnswer';
import { contactSetLanguageDescription } from './setLanguage';

const showOnlyForContacts = { resource: ['contact'] };

export const contactDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForContacts },
		options: [
			{
				// Handled by the node's customOperations: it makes no request.
				name: 'Build Contact Info Answer',
				value: 'buildContactInfoAnswer',
				action: 'Build a contact info answer',
				description: 'Shape the answer to Mehery\'s contact-info request (last node after the Mehery Contact Info Trigger)',
			},
			{
				name: 'Set Language Preference',
				value: 'setLanguage',
				action: 'Set the language preference of a contact',
				description: 'Set the language Mehery uses for a contact',
				routing: {
					request: { method: 'POST', url: '/api/v1/contact/prefs/lang' },
					output: { postReceive: [meheryResults] },
				},
			},
		],
		default: 'setLanguage',
	},
	...contactBuildContactInfoAnswerDescription,
	...contactSetLanguageDescription,
];
