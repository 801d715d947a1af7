import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { apiKeyGetAll, apiKeyGetAllFields } from './getAll';
import { apiKeyGetCurrent } from './getCurrent';

export const apiKeyDescription: INodeProperties[] = [operationSelector('apiKey', [apiKeyGetCurrent, apiKeyGetAll], 'getCurrent'), ...apiKeyGetAllFields];
