import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../shared/descriptions';
import { whatsAppTemplateGetAll, whatsAppTemplateGetAllDescription } from './getAll';

export const whatsAppTemplateDescription: INodeProperties[] = [
	operationSelector('whatsAppTemplate', [whatsAppTemplateGetAll], 'getAll'),
	...whatsAppTemplateGetAllDescription,
];
