import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';

import { savedResponseCreate, savedResponseCreateFields } from './create';
import { savedResponseGetMany, savedResponseGetManyFields } from './getMany';

export const savedResponseDescription: INodeProperties[] = [
	operationSelector('savedResponse', [savedResponseCreate, savedResponseGetMany], 'getMany'),
	...savedResponseCreateFields,
	...savedResponseGetManyFields,
];
