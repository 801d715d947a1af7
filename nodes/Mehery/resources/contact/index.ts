import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { contactBuildContactInfoAnswer, contactBuildContactInfoAnswerFields } from './buildContactInfoAnswer';
import { contactSetLanguage, contactSetLanguageFields } from './setLanguage';

export const contactDescription: INodeProperties[] = [
	operationSelector('contact', [contactBuildContactInfoAnswer, contactSetLanguage], 'setLanguage'),
	...contactBuildContactInfoAnswerFields,
	...contactSetLanguageFields,
];
