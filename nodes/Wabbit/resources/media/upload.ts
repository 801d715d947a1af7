import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { checkMediaSize } from '../../../shared/limits';
import { forOperation, inputBinaryField } from '../../../shared/operations';
import { multipartFile, parseJsonResponse } from '../../shared/binary';
import { WABBIT_LIMITS } from '../../shared/limits';
import { operation } from '../../shared/operations';

/** The doc's example sends file_encoded as a multipart file part. */
async function uploadedFile(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	return await multipartFile(this, requestOptions, 'binaryPropertyName', 'file_encoded', (bytes, mimeType) => checkMediaSize(this, 'Input Binary Field', bytes, mimeType, WABBIT_LIMITS));
}

export const mediaUpload = operation({
	name: 'Upload',
	value: 'upload',
	action: 'Upload a media file',
	// Wabbit API: POST /media/, method inferred.
	description: 'Upload binary data, to send it in an image, document or sticker message next',
	method: 'POST',
	path: '/media/',
	preSend: [uploadedFile],
	output: [parseJsonResponse],
});

export const mediaUploadFields = forOperation('media', 'upload', [inputBinaryField('The name of the input binary field containing the file to upload')]);
