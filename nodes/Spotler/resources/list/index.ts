import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { listAddParticipant, listAddParticipantFields } from './addParticipant';
import { listCreate, listCreateFields } from './create';
import { listGetAll, listGetAllFields } from './getAll';
import { listRemoveParticipant, listRemoveParticipantFields } from './removeParticipant';

export const listDescription: INodeProperties[] = [
	operationSelector('list', [listAddParticipant, listCreate, listGetAll, listRemoveParticipant], 'getAll'),
	...listAddParticipantFields,
	...listCreateFields,
	...listGetAllFields,
	...listRemoveParticipantFields,
];
