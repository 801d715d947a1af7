import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { globalVariableGetAll, globalVariableGetAllFields } from './getAll';

export const globalVariableDescription: INodeProperties[] = [operationSelector('globalVariable', [globalVariableGetAll], 'getAll'), ...globalVariableGetAllFields];
