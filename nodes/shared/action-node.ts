import { NodeConnectionTypes, type INodeProperties, type INodeTypeDescription } from 'n8n-workflow';

import { requestOptionsProperty } from './batching';
import { requestDriver, type RequestDriverOptions } from './request-driver';
import type { ProviderApi } from './transport';

/** What differs between the five action nodes; everything else is the same in all of them. */
export interface ActionNodeSpec {
	api: ProviderApi;
	displayName: string;
	/** The node type's name, saved in workflows: "spotler". */
	name: string;
	description: string;
	version: number | number[];
	defaultVersion?: number;
	/** The node's Resource selector, from `resourceSelector` (nodes/shared/operations.ts). */
	resource: INodeProperties;
	/** Every resource's Operation selector and fields (`resources/<resource>/index.ts`), in the Resource list's order. */
	properties: INodeProperties[];
	/** How a list operation pages, when the API pages (see the provider's shared/pagination.ts). */
	paginate?: RequestDriverOptions['paginate'];
	/** Headers every request sends besides Accept (e.g. Content-Type for JSON bodies). */
	headers?: Record<string, string>;
	/** Properties after the resources' own (before Request Options). */
	extraProperties?: INodeProperties[];
}

/**
 * The description of a provider's action node, spread into the node's own literal, which adds
 * `icon`, `subtitle` and `usableAsTool` (n8n's scanner reads those only from a literal). Every
 * request goes through the shared request driver (retries, Retry-After, provider errors, pages) from the credential's Base URL and the
 * provider's path prefix.
 */
export function actionNodeDescription(spec: ActionNodeSpec): INodeTypeDescription {
	const prefix = spec.api.pathPrefix ? ` + ${JSON.stringify(spec.api.pathPrefix)}` : '';
	return {
		displayName: spec.displayName,
		name: spec.name,
		group: ['output'],
		version: spec.version,
		...(spec.defaultVersion !== undefined ? { defaultVersion: spec.defaultVersion } : {}),
		description: spec.description,
		defaults: { name: spec.displayName },
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
			// Hands every request to requestOperations.pagination, i.e. the shared driver.
			{ ...spec.resource, routing: { send: { paginate: true } } },
			...spec.properties,
			...(spec.extraProperties ?? []),
			requestOptionsProperty,
		],
	};
}
