import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../shared/descriptions';
import { agentCreate, agentCreateDescription } from './create';
import { agentGetAll, agentGetAllDescription } from './getAll';
import { agentUpdate, agentUpdateDescription } from './update';

export const agentDescription: INodeProperties[] = [
	operationSelector('agent', [agentCreate, agentGetAll, agentUpdate], 'getAll'),
	...agentGetAllDescription,
	...agentCreateDescription,
	...agentUpdateDescription,
];
