import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { assistantGetAll, assistantGetAllFields } from './getAll';
import { assistantUpdate, assistantUpdateFields } from './update';

export const assistantDescription: INodeProperties[] = [operationSelector('assistant', [assistantGetAll, assistantUpdate], 'getAll'), ...assistantGetAllFields, ...assistantUpdateFields];
