import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { checkSize } from '../../../shared/limits';
import { multipartFile } from '../../shared/binary';
import { showFor } from '../../shared/descriptions';
import { WABBIT_LIMITS } from '../../shared/limits';

export const businessProfileUpdatePhotoDescription: INodeProperties[] = [
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the input binary field containing the photo (JPEG or PNG)',
		displayOptions: showFor('businessProfile', ['updatePhoto']),
	},
];

export async function prepareProfilePhoto(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	return await multipartFile(this, requestOptions, 'binaryPropertyName', 'file_encoded', (bytes) =>
		checkSize(this, 'Input Binary Field', bytes, WABBIT_LIMITS.photoBytes, 'profile photos'),
	);
}

/** Wabbit answers {}; the item confirms. */
export async function photoUpdatedOutput(this: IExecuteSingleFunctions, _items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return [{ json: { success: true } }];
}
