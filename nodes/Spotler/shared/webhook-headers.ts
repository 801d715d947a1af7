import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { fieldError } from '../../shared/validation';

/** Custom headers Spotler sends with every delivery (e.g. an Authorization header). */
export const headersField: INodeProperties = {
	displayName: 'Headers',
	name: 'headers',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Header',
	description: 'Sent with every delivery, so your endpoint can tell the calls come from Spotler',
	options: [
		{
			displayName: 'Header',
			name: 'header',
			values: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'Authorization' },
				{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'Bearer SomeApiKey' },
			],
		},
	],
};

/** Turns the header rows of the collection `parameter` into the `headers` object. */
export function headersToBody(parameter: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const collection = this.getNodeParameter(parameter, {}) as IDataObject;
		if (collection.headers === undefined) return requestOptions;
		const rows = ((collection.headers as IDataObject).header as Array<{ name?: string; value?: string }> | undefined) ?? [];
		const headers: Record<string, string> = {};
		for (const row of rows) {
			const name = String(row.name ?? '').trim();
			if (!/^[A-Za-z0-9-]+$/.test(name)) throw fieldError(this, '"Headers"', `"${name}" is not a valid header name`);
			headers[name] = String(row.value ?? '');
		}
		requestOptions.body = { ...(requestOptions.body as IDataObject | undefined), headers };
		return requestOptions;
	};
}
