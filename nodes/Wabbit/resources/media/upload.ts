import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { checkMediaSize } from '../../../shared/limits';
import { multipartFile } from '../../shared/binary';
import { showFor } from '../../shared/descriptions';
import { WABBIT_LIMITS } from '../../shared/limits';

export const mediaUploadDescription: INodeProperties[] = [
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the input binary field containing the file to upload',
		displayOptions: showFor('media', ['upload']),
	},
];

/** The doc's example sends file_encoded as a multipart file part. */
export async function prepareMediaUpload(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	return await multipartFile(this, requestOptions, 'binaryPropertyName', 'file_encoded', (bytes, mimeType) =>
		checkMediaSize(this, 'Input Binary Field', bytes, mimeType, WABBIT_LIMITS),
	);
}
