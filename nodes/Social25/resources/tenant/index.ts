import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { tenantGet } from './get';

export const tenantDescription: INodeProperties[] = [operationSelector('tenant', [tenantGet], 'get')];
