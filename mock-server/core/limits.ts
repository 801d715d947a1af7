/**
 * Caps that keep one client (or a long demo) from growing the mock without bound. Every log and
 * map keyed by requests drops its oldest entries past its cap. Options to startMockServer, or
 * the CLI's --max-* flags / MOCK_MAX_* variables (README, "Mock server").
 */
export interface MockLimits {
	/** Request log entries (GET /__control/requests). */
	requestLog: number;
	/** Webhook delivery log entries (GET /__control/deliveries). */
	deliveryLog: number;
	/** OAuth tokens a provider keeps issued at once (Parley's token endpoint). */
	issuedTokens: number;
	/** Uploaded files a provider keeps (Wabbit media). */
	uploads: number;
	/** Deepest nesting of arrays and objects accepted in a JSON body. */
	jsonDepth: number;
}

export const DEFAULT_LIMITS: MockLimits = {
	requestLog: 10_000,
	deliveryLog: 5_000,
	issuedTokens: 1_000,
	uploads: 200,
	jsonDepth: 64,
};

/** Drops the oldest entries of an insertion-ordered Map until it holds at most `max`. */
export function trimMap<K, V>(map: Map<K, V>, max: number): void {
	for (const key of map.keys()) {
		if (map.size <= max) return;
		map.delete(key);
	}
}
