import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { conversationGet, conversationGetFields } from './get';
import { conversationUpdate, conversationUpdateFields } from './update';

export const conversationDescription: INodeProperties[] = [operationSelector('conversation', [conversationGet, conversationUpdate], 'get'), ...conversationGetFields, ...conversationUpdateFields];
