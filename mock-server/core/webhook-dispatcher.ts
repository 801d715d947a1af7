import { randomUUID } from 'node:crypto';

import { DEFAULT_LIMITS } from './limits';
import { redactOutboundHeaders, redactUrl } from './redact';

export interface DeliveryAttempt {
	at: string;
	status?: number;
	error?: string;
}

export interface Delivery {
	id: string;
	provider: string;
	event: string;
	url: string;
	headers: Record<string, unknown>;
	body: unknown;
	attempts: DeliveryAttempt[];
	state: 'pending' | 'delivered' | 'failed' | 'cancelled';
	/** What the receiver answered on the successful attempt (parsed JSON when it was JSON). */
	response?: unknown;
}

export interface RetryPolicy {
	/** Total tries, the first included. */
	attempts: number;
	/** Wait before the second try; doubles after each failure. */
	baseDelayMs: number;
	maxDelayMs: number;
	/** How long one POST may take before it counts as failed. */
	timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 250, maxDelayMs: 8_000, timeoutMs: 10_000 };

export interface DeliverInput {
	provider: string;
	event: string;
	url: string;
	body: unknown;
	headers?: Record<string, string>;
	/** Raw body text to send instead of JSON.stringify(body) (for form-encoded pushes). */
	rawBody?: string;
}

/**
 * POSTs provider pushes (webhooks, bot URLs) to their receivers. Non-2xx answers and network
 * errors are retried with exponential backoff, up to the policy's number of attempts; every
 * attempt is logged. Real providers retry longer (Spotler says "indefinitely"); the mock bounds
 * it so a dead receiver cannot keep a test or the demo busy forever.
 */
export class WebhookDispatcher {
	private log: Delivery[] = [];
	private pending = new Set<Promise<Delivery>>();
	private timers = new Set<NodeJS.Timeout>();
	private closed = false;

	constructor(
		private readonly policy: RetryPolicy = DEFAULT_RETRY,
		/** Log entries kept; the oldest are dropped (a delivery under way still finishes). */
		private readonly maxLog: number = DEFAULT_LIMITS.deliveryLog,
	) {}

	deliver(input: DeliverInput): Promise<Delivery> {
		const headers = { 'content-type': 'application/json', 'user-agent': 'omnichannel-mock/1', ...input.headers };
		const delivery: Delivery = {
			id: randomUUID(),
			provider: input.provider,
			event: input.event,
			url: redactUrl(input.url),
			headers: redactOutboundHeaders(headers),
			body: input.body,
			attempts: [],
			state: 'pending',
		};
		this.log.push(delivery);
		if (this.log.length > this.maxLog) this.log.splice(0, this.log.length - this.maxLog);
		const payload = input.rawBody ?? JSON.stringify(input.body);
		const run = this.run(delivery, input.url, headers, payload);
		this.pending.add(run);
		void run.finally(() => this.pending.delete(run));
		return run;
	}

	private async run(delivery: Delivery, url: string, headers: Record<string, string>, payload: string): Promise<Delivery> {
		for (let attempt = 1; attempt <= this.policy.attempts && !this.closed; attempt++) {
			const record: DeliveryAttempt = { at: new Date().toISOString() };
			delivery.attempts.push(record);
			try {
				const response = await fetch(url, {
					method: 'POST',
					headers,
					body: payload,
					signal: AbortSignal.timeout(this.policy.timeoutMs),
				});
				record.status = response.status;
				const text = await response.text();
				if (response.ok) {
					delivery.state = 'delivered';
					try {
						delivery.response = text ? JSON.parse(text) : undefined;
					} catch {
						delivery.response = text;
					}
					return delivery;
				}
			} catch (error) {
				record.error = (error as Error).message;
			}
			if (attempt < this.policy.attempts) {
				await this.wait(Math.min(this.policy.baseDelayMs * 2 ** (attempt - 1), this.policy.maxDelayMs));
			}
		}
		delivery.state = 'failed';
		return delivery;
	}

	private wait(ms: number): Promise<void> {
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				this.timers.delete(timer);
				resolve();
			}, ms);
			this.timers.add(timer);
		});
	}

	/** A push that a reset made stale: logged as cancelled, never sent. */
	cancelled(input: DeliverInput): Promise<Delivery> {
		return Promise.resolve({
			id: randomUUID(),
			provider: input.provider,
			event: input.event,
			url: redactUrl(input.url),
			headers: redactOutboundHeaders(input.headers ?? {}),
			body: input.body,
			attempts: [],
			state: 'cancelled',
		});
	}

	list(filter: { provider?: string; event?: string } = {}): Delivery[] {
		return this.log.filter((d) => (!filter.provider || d.provider === filter.provider) && (!filter.event || d.event === filter.event));
	}

	/** Resolves once every delivery under way has succeeded or given up. */
	async idle(): Promise<void> {
		while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
	}

	clear(): void {
		this.log = [];
	}

	close(): void {
		this.closed = true;
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
	}
}
