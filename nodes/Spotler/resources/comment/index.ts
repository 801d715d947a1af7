import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { commentCreate, commentCreateFields } from './create';

export const commentDescription: INodeProperties[] = [operationSelector('comment', [commentCreate], 'create'), ...commentCreateFields];
