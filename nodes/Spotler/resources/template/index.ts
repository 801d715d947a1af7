import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { templateCreate, templateCreateFields } from './create';
import { templateDelete, templateDeleteFields } from './delete';
import { templateGetAll, templateGetAllFields } from './getAll';

export const templateDescription: INodeProperties[] = [
	operationSelector('template', [templateCreate, templateDelete, templateGetAll], 'getAll'),
	...templateCreateFields,
	...templateDeleteFields,
	...templateGetAllFields,
];
