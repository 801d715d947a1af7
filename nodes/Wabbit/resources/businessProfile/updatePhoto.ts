import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { checkSize } from '../../../shared/limits';
import { forOperation, inputBinaryField, successOutput } from '../../../shared/operations';
import { multipartFile } from '../../shared/binary';
import { WABBIT_LIMITS } from '../../shared/limits';
import { operation } from '../../shared/operations';

async function profilePhoto(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	return await multipartFile(this, requestOptions, 'binaryPropertyName', 'file_encoded', (bytes) => checkSize(this, 'Input Binary Field', bytes, WABBIT_LIMITS.photoBytes, 'profile photos'));
}

export const businessProfileUpdatePhoto = operation({
	name: 'Update Photo',
	value: 'updatePhoto',
	action: 'Update the profile photo',
	// Wabbit API: POST /settings/profile/photo/, path inferred.
	description: 'Upload a new profile photo from binary data; admins only',
	method: 'POST',
	path: '/settings/profile/photo/',
	preSend: [profilePhoto],
	// Wabbit answers {}; the item confirms.
	output: [successOutput()],
});

export const businessProfileUpdatePhotoFields = forOperation('businessProfile', 'updatePhoto', [inputBinaryField('The name of the input binary field containing the photo (JPEG or PNG)')]);
