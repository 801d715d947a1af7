import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { configurationGet } from './get';

export const configurationDescription: INodeProperties[] = [operationSelector('configuration', [configurationGet], 'get')];
