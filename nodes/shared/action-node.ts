import { NodeConnectionTypes, type INodeProperties, type INodeTypeDescription } from 'n8n-workflow';

import { requestOptionsProperty } from './batching';
import { requestDriver, type RequestDriverOptions } from './request-driver';
import type { ProviderApi } from './transport';

/** One entry of the node's Resource list, and the properties its file exports. */
export interface ResourceEntry {
	/** As the Resource list shows it: "Chat Tagging". */
	name: string;
	/** Saved in workflows: never change it without a new node version. */
	value: string;
	/** The resource's Operation selector and fields, from `resources/<resource>/index.ts`. */
	properties: INodeProperties[];
}

/** What differs between the five action nodes; everything else is the same in all of them. */
export interface ActionNodeSpec {
	api: ProviderApi;
	displayName: string;
	/** The node type's name, saved in workflows: "spotler". */
	name: string;
	/** The icon's file stem: "spotler" for spotler.svg and spotler.dark.svg. */
	icon: string;
	description: string;
	version: number | number[];
	defaultVersion?: number;
	resources: ResourceEntry[];
	defaultResource: string;
	/** How a list operation pages, when the API pages (see the provider's shared/pagination.ts). */
	paginate?: RequestDriverOptions['paginate'];
	/** Headers every request sends besides Accept (e.g. Content-Type for JSON bodies). */
	headers?: Record<string, string>;
	/** Properties after the resources' own (before Request Options). */
	extraProperties?: INodeProperties[];
}

/**
 * The description of a provider's action node: every request goes through the shared request
 * driver (retries, Retry-After, provider errors, pages) from the credential's Base URL and the
 * provider's path prefix; resources are listed alphabetically, as n8n's verification requires,
 * with the most used one as the default.
 */
export function actionNodeDescription(spec: ActionNodeSpec): INodeTypeDescription {
	const resources = [...spec.resources].sort((a, b) => a.name.localeCompare(b.name));
	const prefix = spec.api.pathPrefix ? ` + ${JSON.stringify(spec.api.pathPrefix)}` : '';
	return {
		displayName: spec.displayName,
		name: spec.name,
		icon: { light: `file:${spec.icon}.svg`, dark: `file:${spec.icon}.dark.svg` },
		group: ['output'],
		version: spec.version,
		...(spec.defaultVersion !== undefined ? { defaultVersion: spec.defaultVersion } : {}),
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: spec.description,
		defaults: { name: spec.displayName },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: spec.api.credentialType, required: true }],
		requestDefaults: {
			baseURL: `={{$credentials.baseUrl.replace(/\\/+$/, "")${prefix}}}`,
			headers: spec.headers ?? { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		requestOperations: { pagination: requestDriver({ provider: spec.api.provider, readError: spec.api.readError, paginate: spec.paginate }) },
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: resources.map(({ name, value }) => ({ name, value })),
				default: spec.defaultResource,
				// Hands every request to requestOperations.pagination, i.e. the shared driver.
				routing: { send: { paginate: true } },
			},
			...resources.flatMap((resource) => resource.properties),
			...(spec.extraProperties ?? []),
			requestOptionsProperty,
		],
	};
}
