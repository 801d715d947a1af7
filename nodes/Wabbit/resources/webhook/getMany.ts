import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

export const webhookGetManyDescription: INodeProperties[] = [...returnAllAndLimit('webhook', 'getMany')];
