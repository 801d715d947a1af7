import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';

import { personGet, personGetFields } from './get';
import { personGetMany, personGetManyFields } from './getMany';

export const personDescription: INodeProperties[] = [operationSelector('person', [personGet, personGetMany], 'getMany'), ...personGetFields, ...personGetManyFields];
