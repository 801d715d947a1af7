import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { webhookSetUrl, webhookSetUrlFields } from './setUrl';

export const webhookDescription: INodeProperties[] = [operationSelector('webhook', [webhookSetUrl], 'setUrl'), ...webhookSetUrlFields];
