import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { messageSend, messageSendFields } from './send';

export const messageDescription: INodeProperties[] = [operationSelector('message', [messageSend], 'send'), ...messageSendFields];
