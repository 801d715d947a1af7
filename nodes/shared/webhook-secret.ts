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
