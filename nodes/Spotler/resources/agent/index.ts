import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { agentGet, agentGetFields } from './get';
import { agentGetAll, agentGetAllFields } from './getAll';

export const agentDescription: INodeProperties[] = [operationSelector('agent', [agentGet, agentGetAll], 'getAll'), ...agentGetFields, ...agentGetAllFields];
