import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { whatsAppTemplateGetAll, whatsAppTemplateGetAllFields } from './getAll';

export const whatsAppTemplateDescription: INodeProperties[] = [operationSelector('whatsAppTemplate', [whatsAppTemplateGetAll], 'getAll'), ...whatsAppTemplateGetAllFields];
