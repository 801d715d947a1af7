import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { mediaUpload, mediaUploadFields } from './upload';

export const mediaDescription: INodeProperties[] = [operationSelector('media', [mediaUpload], 'upload'), ...mediaUploadFields];
