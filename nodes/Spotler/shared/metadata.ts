import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { fieldError } from '../../shared/validation';

/** A preSend that turns key/value rows (a fixedCollection at `parameter`) into a `metadata` object. */
export function metadataToBody(parameter: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const rows = ((this.getNodeParameter(parameter, {}) as IDataObject).entry as Array<{ key?: string; value?: string }> | undefined) ?? [];
		if (rows.length === 0) return requestOptions;
		const metadata: Record<string, string> = {};
		for (const { key, value } of rows) {
			const name = String(key ?? '').trim();
			if (!name) throw fieldError(this, '"Metadata"', 'has a row without a key');
			metadata[name] = String(value ?? '');
		}
		requestOptions.body = { ...(requestOptions.body as IDataObject | undefined), metadata };
		return requestOptions;
	};
}

/** The fixedCollection the metadata rows are typed in. */
export const metadataField = {
	displayName: 'Metadata',
	name: 'metadata',
	type: 'fixedCollection' as const,
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Metadata',
	description: 'Key/value pairs stored with it, e.g. title = Mr',
	options: [
		{
			displayName: 'Entry',
			name: 'entry',
			values: [
				{ displayName: 'Key', name: 'key', type: 'string' as const, default: '' },
				{ displayName: 'Value', name: 'value', type: 'string' as const, default: '' },
			],
		},
	],
};
