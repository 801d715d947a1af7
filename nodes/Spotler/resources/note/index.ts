import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { noteCreate, noteCreateFields } from './create';
import { noteDelete, noteDeleteFields } from './delete';
import { noteGetAll, noteGetAllFields } from './getAll';
import { noteUpdate, noteUpdateFields } from './update';

export const noteDescription: INodeProperties[] = [
	operationSelector('note', [noteCreate, noteDelete, noteGetAll, noteUpdate], 'create'),
	...noteCreateFields,
	...noteDeleteFields,
	...noteGetAllFields,
	...noteUpdateFields,
];
