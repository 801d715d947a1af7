import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import type { DigitalObjectDto } from '../../../../schemas/mehery/types.generated';
import { fieldError } from '../../../shared/validation';
import { linksField, readLinks } from '../../shared/links';

const showOnlyForDataPush = { operation: ['push'], resource: ['data'] };

export const dataPushDescription: INodeProperties[] = [
	{
		displayName: 'Object Type',
		name: 'objectType',
		type: 'string',
		required: true,
		default: 'CUSTOMER',
		placeholder: 'CUSTOMER',
		description: 'What kind of record this is, e.g. CUSTOMER or ORDER',
		displayOptions: { show: showOnlyForDataPush },
	},
	{
		displayName: 'Object ID',
		name: 'objectId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'C34567',
		description: 'Your unique ID for the record; pushing the same ID again updates it',
		displayOptions: { show: showOnlyForDataPush },
	},
	{
		displayName: 'Data',
		name: 'data',
		type: 'json',
		default: '{}',
		description: 'The record\'s details as a JSON object (free-form: Mehery stores whatever you send)',
		displayOptions: { show: showOnlyForDataPush },
	},
	{ ...linksField, displayOptions: { show: showOnlyForDataPush } },
];

export async function prepareDataPush(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const id = String(this.getNodeParameter('objectId', '') ?? '').trim();
	const type = String(this.getNodeParameter('objectType', '') ?? '').trim();
	if (!id) throw fieldError(this, '"Object ID"', 'is empty');
	if (!type) throw fieldError(this, '"Object Type"', 'is empty');
	let data = this.getNodeParameter('data', '{}') as unknown;
	if (typeof data === 'string') {
		try {
			data = JSON.parse(data.trim() === '' ? '{}' : data);
		} catch {
			throw fieldError(this, '"Data"', 'is not valid JSON');
		}
	}
	if (!data || typeof data !== 'object' || Array.isArray(data)) throw fieldError(this, '"Data"', 'must be a JSON object');
	const body: DigitalObjectDto = { id, type, data: data as object, links: readLinks(this) };
	requestOptions.body = body;
	return requestOptions;
}
