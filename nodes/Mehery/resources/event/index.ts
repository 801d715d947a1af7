import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { eventPush, eventPushFields } from './push';

export const eventDescription: INodeProperties[] = [operationSelector('event', [eventPush], 'push'), ...eventPushFields];
