import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { companyGet, companyGetFields } from './get';
import { companyGetAll, companyGetAllFields } from './getAll';
import { companyGetCurrent } from './getCurrent';

export const companyDescription: INodeProperties[] = [operationSelector('company', [companyGet, companyGetCurrent, companyGetAll], 'getCurrent'), ...companyGetFields, ...companyGetAllFields];
