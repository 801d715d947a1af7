import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { teamCreate, teamCreateFields } from './create';
import { teamDelete, teamDeleteFields } from './delete';
import { teamGetAll, teamGetAllFields } from './getAll';
import { teamUpdate, teamUpdateFields } from './update';

export const teamDescription: INodeProperties[] = [
	operationSelector('team', [teamCreate, teamDelete, teamGetAll, teamUpdate], 'getAll'),
	...teamCreateFields,
	...teamDeleteFields,
	...teamGetAllFields,
	...teamUpdateFields,
];
