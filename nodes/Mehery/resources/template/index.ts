import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { templateGetAll, templateGetAllFields } from './getAll';

export const templateDescription: INodeProperties[] = [operationSelector('template', [templateGetAll], 'getAll'), ...templateGetAllFields];
