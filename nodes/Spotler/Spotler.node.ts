import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { requestDriver } from '../shared/request-driver';
import { getChannels } from './listSearch/getChannels';
import { messageDescription } from './resources/message';
import { readSpotlerError } from './shared/errors';

export class Spotler implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Spotler',
		name: 'spotler',
		icon: { light: 'file:spotler.svg', dark: 'file:spotler.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Send messages and manage conversations with the Spotler Message API',
		defaults: { name: 'Spotler' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'spotlerApi', required: true }],
		requestDefaults: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		// Every request goes through the shared driver (retries, provider errors); see request-driver.ts.
		requestOperations: { pagination: requestDriver({ provider: 'Spotler', readError: readSpotlerError }) },
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Message', value: 'message' }],
				default: 'message',
				// Hands every request to requestOperations.pagination, i.e. the shared driver.
				routing: { send: { paginate: true } },
			},
			...messageDescription,
		],
	};

	methods = {
		listSearch: { getChannels },
	};
}
