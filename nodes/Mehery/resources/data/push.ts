import type { IExecuteSingleFunctions } from 'n8n-workflow';

import type { DigitalObjectDto } from '../../../../schemas/mehery/types.generated';
import { forOperation } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { meheryData } from '../../shared/envelope';
import { linksField, readLinks } from '../../shared/links';
import { operation } from '../../shared/operations';

function dataPushBody(this: IExecuteSingleFunctions): DigitalObjectDto {
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
	return { id, type, data: data as object, links: readLinks(this) };
}

export const dataPush = operation<DigitalObjectDto>({
	name: 'Push',
	value: 'push',
	action: 'Push customer data',
	description: 'Upload customer details for digital analytics',
	method: 'POST',
	path: '/api/v1/data/push',
	body: dataPushBody,
	output: [meheryData],
});

export const dataPushFields = forOperation('data', 'push', [
	{
		displayName: 'Object Type',
		name: 'objectType',
		type: 'string',
		required: true,
		default: 'CUSTOMER',
		placeholder: 'CUSTOMER',
		description: 'What kind of record this is, e.g. CUSTOMER or ORDER',
	},
	{
		displayName: 'Object ID',
		name: 'objectId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'C34567',
		description: 'Your unique ID for the record; pushing the same ID again updates it',
	},
	{
		displayName: 'Data',
		name: 'data',
		type: 'json',
		default: '{}',
		description: "The record's details as a JSON object (free-form: Mehery stores whatever you send)",
	},
	linksField,
]);
