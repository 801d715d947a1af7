import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { agentCreate, agentCreateFields } from './create';
import { agentGetAll, agentGetAllFields } from './getAll';
import { agentUpdate, agentUpdateFields } from './update';

export const agentDescription: INodeProperties[] = [operationSelector('agent', [agentCreate, agentGetAll, agentUpdate], 'getAll'), ...agentGetAllFields, ...agentCreateFields, ...agentUpdateFields];
