import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';

import { contactGet, contactGetFields } from './get';
import { contactGetMany, contactGetManyFields } from './getMany';
import { contactVerify, contactVerifyFields } from './verify';

export const contactDescription: INodeProperties[] = [
	operationSelector('contact', [contactGet, contactGetMany, contactVerify], 'getMany'),
	...contactGetFields,
	...contactGetManyFields,
	...contactVerifyFields,
];
