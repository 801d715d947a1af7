import { NodeConnectionTypes, type INodeProperties, type INodeTypeDescription, type IWebhookDescription } from 'n8n-workflow';

/** What differs between the package's triggers; the rest of their description is the same in all of them. */
export interface TriggerNodeSpec {
	displayName: string;
	/** The node type's name, saved in workflows: "spotlerTrigger". */
	name: string;
	description: string;
	version: number | number[];
	defaultVersion?: number;
	/** The credential the trigger reads (Social25's bot webhook needs none). */
	credentialType?: string;
	/**
	 * How the webhook answers, when the trigger has one: by default a POST to `webhook`, answered
	 * on receipt; request/response triggers (whose workflow builds the answer) set their own.
	 */
	webhook?: Partial<Omit<IWebhookDescription, 'name'>>;
	/** A polling trigger instead of a webhook. */
	polling?: true;
	properties: INodeProperties[];
}

/**
 * The description of a trigger, spread into the node's own literal, which adds `icon` and
 * `subtitle` (n8n's scanner reads those only from a literal).
 */
export function triggerNodeDescription(spec: TriggerNodeSpec): INodeTypeDescription {
	return {
		displayName: spec.displayName,
		name: spec.name,
		group: ['trigger'],
		version: spec.version,
		...(spec.defaultVersion !== undefined ? { defaultVersion: spec.defaultVersion } : {}),
		description: spec.description,
		defaults: { name: spec.displayName },
		...(spec.polling ? { polling: true } : {}),
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		...(spec.credentialType ? { credentials: [{ name: spec.credentialType, required: true }] } : {}),
		...(spec.polling ? {} : { webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook', ...spec.webhook }] }),
		properties: spec.properties,
	};
}

/**
 * The triggers' "Simplify" switch. `raw` names what stays under "raw" of the common shape, `asIs`
 * what is output without it: "Mehery's item".
 */
export function simplifyProperty(raw: string, asIs: string): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: `Whether to output the common message shape shared by every provider of this package (${raw} stays under "raw"), instead of ${asIs} as is`,
	};
}
