import type { IDataObject, IExecuteFunctions, IHttpRequestOptions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

/**
 * Not part of the package: the least a node can spend per request while sending through n8n's
 * HTTP layer. Each item already holds its request's path and body (built before the run), so the
 * node does nothing but send: the credential read once, n8n's `httpRequestWithAuthentication` with
 * the options the package's fast path uses (no redirect following, the full response), 10 requests
 * in flight, the answers in input order. A package node's row beside this one shows how much of
 * its time is its own and how much is n8n's request layer.
 */
export class BenchFloor implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Bench Floor',
		name: 'benchFloor',
		group: ['output'],
		version: 1,
		description: 'Sends prepared requests through n8n’s HTTP layer and nothing else',
		defaults: { name: 'Floor' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'spotlerApi', required: true }],
		properties: [],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const { baseUrl } = (await this.getCredentials('spotlerApi')) as { baseUrl: string };
		const output: INodeExecutionData[] = new Array(items.length);
		let next = 0;
		const worker = async () => {
			for (let i = next++; i < items.length; i = next++) {
				const { path, body } = items[i].json as { path: string; body: IDataObject };
				const request: IHttpRequestOptions = { method: 'POST', url: `${baseUrl}${path}`, body, json: true, returnFullResponse: true, disableFollowRedirect: true };
				const response = (await this.helpers.httpRequestWithAuthentication.call(this, 'spotlerApi', request)) as { body: IDataObject };
				output[i] = { json: response.body, pairedItem: { item: i } };
			}
		};
		await Promise.all(Array.from({ length: 10 }, worker));
		return [output];
	}
}
