import type { INodeProperties } from 'n8n-workflow';

import { mediaDownload, mediaDownloadFields } from './download';
import { mediaUpload, mediaUploadFields } from './upload';

export const mediaDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['media'] } },
		// By name, as version 1 lists them (operationSelector would move the default first).
		options: [mediaDownload, mediaUpload],
		// eslint-disable-next-line n8n-nodes-base/node-param-default-wrong-for-options -- the rule cannot read options made by operation()
		default: 'upload',
	},
	...mediaUploadFields,
	...mediaDownloadFields,
];
