import { createHmac } from 'node:crypto';

import { randomString } from 'n8n-workflow';

/** A fresh secret for a provider to send back with every webhook delivery. */
export function newWebhookSecret(): string {
	return randomString(40);
}

/** Compares in constant time for equal lengths, so timing does not reveal how much matched. */
export function secretsMatch(expected: string | undefined, received: unknown): boolean {
	if (!expected || typeof received !== 'string' || received.length !== expected.length) return false;
	let diff = 0;
	for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ received.charCodeAt(i);
	return diff === 0;
}

/**
 * The secret a self-registering trigger gives the provider: derived from the credential's own secret
 * and the node's webhook id. Every n8n process computes the same value from what it already shares
 * (the workflow and the decrypted credential), so under queue mode a webhook processor does not depend
 * on static data that main wrote at activation and that the processor may not have seen yet.
 */
export function derivedWebhookSecret(credentialSecret: string, webhookId: string | undefined): string {
	return createHmac('sha256', credentialSecret)
		.update(`n8n-nodes-omnichannel webhook ${webhookId ?? ''}`)
		.digest('hex');
}
