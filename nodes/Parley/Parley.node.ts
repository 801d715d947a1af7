import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { requestOptionsProperty } from '../shared/batching';
import { fastOperations } from '../shared/fast-routing';
import { requestDriver } from '../shared/request-driver';
import { getCategories, getConnections, getLabels, getSearchIds, getSearchProfiles, getUsers } from './listSearch/fromConfiguration';
import { caseDescription } from './resources/case';
import { configurationDescription } from './resources/configuration';
import { resultDescription } from './resources/result';
import { ssoAccessTokenDescription } from './resources/ssoAccessToken';
import { readParleyError } from './shared/errors';
import { PARLEY_API } from './shared/transport';
import { paginateResultSearch } from './shared/paging';

export class Parley implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Parley',
		name: 'parley',
		icon: { light: 'file:parley.svg', dark: 'file:parley.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Find and answer Twitter, Facebook, Instagram, WhatsApp, LinkedIn and web chat messages (social media care) with the Parley Webcare API (Tracebuzz, KPN)',
		defaults: { name: 'Parley' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'parleyOAuth2Api', required: true }],
		requestDefaults: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			headers: { Accept: 'application/json' },
			json: true,
		},
		// Every request goes through the shared driver (retries, KPN errors); result searches page there.
		requestOperations: { pagination: requestDriver({ provider: 'Parley', readError: readParleyError, paginate: paginateResultSearch }) },
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				// Alphabetical, as n8n's verification requires; the default is the most used resource.
				options: [
					{ name: 'Case', value: 'case' },
					{ name: 'Configuration', value: 'configuration' },
					{ name: 'Result', value: 'result' },
					{ name: 'SSO Access Token', value: 'ssoAccessToken' },
				],
				default: 'result',
				// Hands every request to requestOperations.pagination, i.e. the shared driver.
				routing: { send: { paginate: true } },
			},
			...caseDescription,
			...configurationDescription,
			...resultDescription,
			...ssoAccessTokenDescription,
			requestOptionsProperty,
		],
	};

	// The hot operations skip RoutingNode's per-item walk of every property (see fast-routing.ts).
	customOperations = fastOperations(this.description, PARLEY_API, ['result.reply']);

	methods = {
		listSearch: { getSearchIds, getSearchProfiles },
		loadOptions: { getCategories, getConnections, getLabels, getUsers },
	};
}
