import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { labelCreate, labelCreateFields } from './create';
import { labelDelete, labelDeleteFields } from './delete';
import { labelGetAll, labelGetAllFields } from './getAll';
import { labelUpdate, labelUpdateFields } from './update';

export const labelDescription: INodeProperties[] = [
	operationSelector('label', [labelCreate, labelDelete, labelGetAll, labelUpdate], 'getAll'),
	...labelCreateFields,
	...labelDeleteFields,
	...labelGetAllFields,
	...labelUpdateFields,
];
