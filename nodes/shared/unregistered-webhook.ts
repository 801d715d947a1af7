import type { IHookFunctions } from 'n8n-workflow';

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
