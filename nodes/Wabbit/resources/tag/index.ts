import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';

import { tagCreate, tagCreateFields } from './create';
import { tagGetMany, tagGetManyFields } from './getMany';

export const tagDescription: INodeProperties[] = [operationSelector('tag', [tagCreate, tagGetMany], 'getMany'), ...tagCreateFields, ...tagGetManyFields];
