import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../shared/descriptions';
import { failedSyncGetAll, failedSyncGetAllDescription } from './getAll';

export const failedSyncDescription: INodeProperties[] = [operationSelector('failedSync', [failedSyncGetAll], 'getAll'), ...failedSyncGetAllDescription];
