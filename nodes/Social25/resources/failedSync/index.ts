import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { failedSyncGetAll, failedSyncGetAllFields } from './getAll';

export const failedSyncDescription: INodeProperties[] = [operationSelector('failedSync', [failedSyncGetAll], 'getAll'), ...failedSyncGetAllFields];
