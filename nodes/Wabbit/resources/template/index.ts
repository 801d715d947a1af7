import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';

import { templateCreate, templateCreateFields } from './create';
import { templateGetMany, templateGetManyFields } from './getMany';

export const templateDescription: INodeProperties[] = [operationSelector('template', [templateCreate, templateGetMany], 'getMany'), ...templateCreateFields, ...templateGetManyFields];
