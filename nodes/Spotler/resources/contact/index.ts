import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { contactCreate, contactCreateFields } from './create';
import { contactDelete, contactDeleteFields } from './delete';
import { contactGet, contactGetFields } from './get';
import { contactUpdate, contactUpdateFields } from './update';

export const contactDescription: INodeProperties[] = [
	operationSelector('contact', [contactCreate, contactDelete, contactGet, contactUpdate], 'create'),
	...contactCreateFields,
	...contactDeleteFields,
	...contactGetFields,
	...contactUpdateFields,
];
