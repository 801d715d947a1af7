import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { dataPush, dataPushFields } from './push';

export const dataDescription: INodeProperties[] = [operationSelector('data', [dataPush], 'push'), ...dataPushFields];
