import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { channelGetAll, channelGetAllFields } from './getAll';
import { channelUpdate, channelUpdateFields } from './update';

export const channelDescription: INodeProperties[] = [operationSelector('channel', [channelGetAll, channelUpdate], 'getAll'), ...channelGetAllFields, ...channelUpdateFields];
