import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

export const groupGetManyDescription: INodeProperties[] = [...returnAllAndLimit('group', 'getMany')];
