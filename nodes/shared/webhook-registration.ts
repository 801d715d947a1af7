import { NodeApiError, type IDataObject, type IHookFunctions, type JsonObject } from 'n8n-workflow';

/**
 * The lifecycle of a trigger that registers its own webhook with the provider (n8n's
 * `webhookMethods.default`): find ours, create or update it, delete it on deactivation. Each
 * provider says how to talk to its API; the bookkeeping (the id in static data, an earlier
 * version's stored secret, a webhook already gone) is the same for all.
 */
export interface WebhookRegistration<Hook> {
	/** The provider's webhooks that may be this node's (e.g. those of the chosen channel). */
	list(ctx: IHookFunctions): Promise<Hook[]>;
	idOf(hook: Hook): string | number;
	/** Whether the hook is this node's and already as it should be (URL, events, secret). */
	isCurrent(ctx: IHookFunctions, hook: Hook, storedSecret: string | undefined): Promise<boolean> | boolean;
	/** The hook to update instead of adding a second one (e.g. the one at our URL), if any. */
	reusable(ctx: IHookFunctions, hooks: Hook[]): Promise<Hook | undefined> | Hook | undefined;
	/** Creates the webhook, or updates `existing`; answers the saved hook. */
	save(ctx: IHookFunctions, existing: Hook | undefined): Promise<Hook>;
	/** Deletes the webhook with this id. */
	remove(ctx: IHookFunctions, id: string | number): Promise<void>;
}

/** What a registering trigger keeps in the workflow's static data. */
interface RegistrationStaticData extends IDataObject {
	webhookId?: string | number;
	/** A secret an earlier version of a trigger stored; secrets are now derived (webhook-secret.ts). */
	secret?: string;
}

/** The secret an earlier version of the node stored, still accepted on deliveries. */
export function storedWebhookSecret(ctx: { getWorkflowStaticData(type: string): IDataObject }): string | undefined {
	return (ctx.getWorkflowStaticData('node') as RegistrationStaticData).secret;
}

export function registeredWebhook<Hook>(registration: WebhookRegistration<Hook>) {
	return {
		async checkExists(this: IHookFunctions): Promise<boolean> {
			const data = this.getWorkflowStaticData('node') as RegistrationStaticData;
			for (const hook of await registration.list(this)) {
				if (await registration.isCurrent(this, hook, data.secret)) {
					data.webhookId = registration.idOf(hook);
					return true;
				}
			}
			return false;
		},
		async create(this: IHookFunctions): Promise<boolean> {
			const data = this.getWorkflowStaticData('node') as RegistrationStaticData;
			const existing = await registration.reusable(this, await registration.list(this));
			const saved = await registration.save(this, existing);
			data.webhookId = registration.idOf(saved);
			// A secret kept by an earlier version of the node is no longer needed.
			delete data.secret;
			return true;
		},
		async delete(this: IHookFunctions): Promise<boolean> {
			const data = this.getWorkflowStaticData('node') as RegistrationStaticData;
			if (data.webhookId !== undefined) {
				try {
					await registration.remove(this, data.webhookId);
				} catch (error) {
					// Already gone on the provider's side is fine; anything else is worth reporting.
					if (String((error as { httpCode?: string }).httpCode) !== '404') throw new NodeApiError(this.getNode(), error as JsonObject);
				}
			}
			delete data.webhookId;
			delete data.secret;
			return true;
		},
	};
}
