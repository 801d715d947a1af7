import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';

import { mediaDownload, mediaDownloadFields } from './download';
import { mediaUpload, mediaUploadFields } from './upload';

export const mediaDescription: INodeProperties[] = [operationSelector('media', [mediaDownload, mediaUpload], 'upload'), ...mediaUploadFields, ...mediaDownloadFields];
