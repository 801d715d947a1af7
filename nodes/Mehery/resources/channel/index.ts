import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { channelGetAll, channelGetAllFields } from './getAll';

export const channelDescription: INodeProperties[] = [operationSelector('channel', [channelGetAll], 'getAll'), ...channelGetAllFields];
