import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { groupGetMany, groupGetManyFields } from './getMany';

export const groupDescription: INodeProperties[] = [operationSelector('group', [groupGetMany], 'getMany'), ...groupGetManyFields];
