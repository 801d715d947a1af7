import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { ssoAccessTokenGet, ssoAccessTokenGetFields } from './get';

export const ssoAccessTokenDescription: INodeProperties[] = [operationSelector('ssoAccessToken', [ssoAccessTokenGet], 'get'), ...ssoAccessTokenGetFields];
