import { NodeOperationError, type IHookFunctions, type INodeProperties, type IWebhookFunctions } from 'n8n-workflow';

import { secretsMatch } from './webhook-secret';

/**
 * webhookMethods for triggers whose provider has no API to register a webhook URL (the user
 * enters the URL in the provider's console, as the node's notice explains): activation and
 * deactivation have nothing to do on the provider's side.
 */
export const unregisteredWebhookMethods = {
	default: {
		async checkExists(this: IHookFunctions): Promise<boolean> {
			return true;
		},
		async create(this: IHookFunctions): Promise<boolean> {
			return true;
		},
		async delete(this: IHookFunctions): Promise<boolean> {
			return true;
		},
	},
};

/**
 * The same, with a check at activation (and "Listen for test event"): `checkExists` throws when
 * the node cannot accept deliveries yet, e.g. a secret it needs is not set.
 */
export function checkedUnregisteredWebhookMethods(checkExists: (this: IHookFunctions) => Promise<boolean>) {
	return {
		default: {
			checkExists,
			create: unregisteredWebhookMethods.default.create,
			delete: unregisteredWebhookMethods.default.delete,
		},
	};
}

/** A shared secret a trigger requires from `sinceVersion` on: its parameter, and what activation says while it is empty. */
export interface SecretRequirement {
	parameter: string;
	sinceVersion: number;
	message: string;
	description: string;
}

/**
 * The same for node versions that require a shared secret: activation (and "Listen for test
 * event") fails while `parameter` is empty, so a workflow never goes live accepting anyone's
 * deliveries. Older versions keep their behaviour: saved workflows must keep working.
 */
export function secretRequiredWebhookMethods(requirement: SecretRequirement) {
	return checkedUnregisteredWebhookMethods(async function checkExists(this: IHookFunctions): Promise<boolean> {
		if (this.getNode().typeVersion >= requirement.sinceVersion && !String(this.getNodeParameter(requirement.parameter, '') ?? '')) {
			throw new NodeOperationError(this.getNode(), requirement.message, { description: requirement.description });
		}
		return true;
	});
}

/**
 * The delivery check of the same triggers: true when the delivery is refused (answered 401 with
 * `error`). From `sinceVersion` on a delivery must carry the secret even if activation was
 * bypassed; older versions accept any delivery while the secret's parameter is empty. `presented` gives the
 * places the provider may carry the secret in (header, query), read only when a secret is needed.
 */
export function refusedWithoutSecret(ctx: IWebhookFunctions, requirement: SecretRequirement, presented: () => unknown[], error: () => string): boolean {
	const secret = String(ctx.getNodeParameter(requirement.parameter, '') ?? '');
	if (!secret && ctx.getNode().typeVersion < requirement.sinceVersion) return false;
	if (presented().some((value) => secretsMatch(secret, value))) return false;
	ctx.getResponseObject().status(401).json({ error: error() });
	return true;
}

/** The parameter of a required secret, shown from the version that requires it. */
export function requiredSecretProperty(requirement: SecretRequirement, displayName: string, description: string): INodeProperties {
	return {
		displayName,
		name: requirement.parameter,
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		placeholder: 'e.g. the output of: openssl rand -hex 20',
		description,
		displayOptions: { show: { '@version': [requirement.sinceVersion] } },
	};
}
