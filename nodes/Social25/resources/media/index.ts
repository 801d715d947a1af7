import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../shared/descriptions';
import { mediaUpload, mediaUploadDescription } from './upload';

export const mediaDescription: INodeProperties[] = [operationSelector('media', [mediaUpload], 'upload'), ...mediaUploadDescription];
