import { NodeApiError, sleep, type INode, type JsonObject } from 'n8n-workflow';

/**
 * The one way every request of this package is sent and fails: declarative routing (through
 * request-driver.ts), the fast send path (fast-routing.ts), bulk sends, Omnichannel Reply,
 * pickers, webhook registration and lookups inside preSend (through transport.ts).
 *
 * 1. 429 and 503 are retried with bounded backoff that honours Retry-After. Both statuses mean
 *    the provider refused the request before acting on it, so sending it again cannot deliver a
 *    message twice. Nothing else is retried: a timeout or a 5xx after a POST may have been
 *    processed, so the item fails instead.
 * 2. When many items are in flight, one 429 slows them all (RateGate), not just the one item.
 * 3. Errors carry the provider's own message and code, the HTTP status and the item index.
 * 4. A request that changes something is not redirected (see `unredirected`).
 */

export const MAX_RETRIES = 3;
/** Backoff when the provider sends no Retry-After: 1 s, 2 s, 4 s. */
export const BASE_DELAY_MS = 1_000;
/** A Retry-After longer than this fails the item instead of stalling the workflow. */
export const MAX_RETRY_AFTER_MS = 60_000;
/** n8n's own default for a declarative node's request timeout. */
export const DEFAULT_TIMEOUT_MS = 300_000;

const RETRYABLE = new Set([429, 503]);

export interface ProviderError {
	message: string;
	code?: string | number;
}

/** Reads the provider's message (and code) out of an error response body. */
export type ProviderErrorReader = (body: unknown) => ProviderError | undefined;

export interface HttpFailure {
	status?: number;
	headers?: Record<string, unknown>;
	body?: unknown;
}

/** The HTTP response behind an error thrown by n8n's request helpers, whatever wraps it. */
export function httpFailure(error: unknown): HttpFailure {
	const seen = new Set<unknown>();
	let current = error as Record<string, unknown> | undefined;
	while (current && typeof current === 'object' && !seen.has(current)) {
		seen.add(current);
		const response = current.response as Record<string, unknown> | undefined;
		if (response && typeof response === 'object' && 'status' in response) {
			return {
				status: Number(response.status),
				headers: (response.headers ?? {}) as Record<string, unknown>,
				body: response.data ?? response.body,
			};
		}
		current = (current.cause ?? current.reason) as Record<string, unknown> | undefined;
	}
	const httpCode = Number((error as { httpCode?: string })?.httpCode);
	return Number.isFinite(httpCode) && httpCode > 0 ? { status: httpCode } : {};
}

/**
 * The request, set not to follow redirects when it changes something (anything but GET and HEAD).
 *
 * No provider document mentions a redirect, so one means the address is wrong (most often an
 * http:// Base URL that the host sends on to https://). Followed, a POST answered 301, 302 or 303
 * would be sent again as a GET without its body: the message not sent, and the item reported as
 * sent. Not followed, the item fails with the address the provider pointed to (pipelineError).
 * It also spares every send follow-redirects' wrapping of the request: about a fifth of the CPU
 * time of a send through n8n's client, measured on the Spotler send.
 */
export function unredirected<T extends { method?: string; disableFollowRedirect?: boolean }>(request: T): T {
	return followsRedirects(request.method) ? request : { ...request, disableFollowRedirect: true };
}

/** Whether a request with this method may follow redirects: only one that changes nothing (see `unredirected`). */
export function followsRedirects(method: string | undefined): boolean {
	const upper = (method ?? 'GET').toUpperCase();
	return upper === 'GET' || upper === 'HEAD';
}

const isRedirect = (status: number | undefined) => status !== undefined && status >= 300 && status < 400;

/** Milliseconds to wait before retry number `retry` (1-based), or undefined to give up. */
export function retryDelay(failure: HttpFailure, retry: number, now = Date.now()): number | undefined {
	if (failure.status === undefined || !RETRYABLE.has(failure.status) || retry > MAX_RETRIES) return undefined;
	const header = failure.headers?.['retry-after'] ?? failure.headers?.['Retry-After'];
	if (header !== undefined && header !== null && String(header).trim() !== '') {
		const text = String(header).trim();
		const ms = /^\d+(\.\d+)?$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now;
		if (Number.isFinite(ms)) return ms > MAX_RETRY_AFTER_MS ? undefined : Math.max(0, ms);
	}
	return BASE_DELAY_MS * 2 ** (retry - 1);
}

/**
 * Shared by every request of one node run: when the provider answers 429 or 503 with a wait,
 * no request of the run starts again before that wait is over. A provider that is throttling
 * sees the whole batch slow down, instead of the other items walking into the same refusal.
 */
export class RateGate {
	private openAt = 0;

	/** Holds every request of the run back for `ms` from now (a longer hold already set wins). */
	close(ms: number): void {
		this.openAt = Math.max(this.openAt, Date.now() + ms);
	}

	/** Whether a hold is in force (a request must wait for `passed()`). */
	get closed(): boolean {
		return this.openAt > Date.now();
	}

	/** Resolves once no hold is in force. */
	async passed(): Promise<void> {
		for (let wait = this.openAt - Date.now(); wait > 0; wait = this.openAt - Date.now()) await sleep(wait);
	}
}

export interface PipelineOptions {
	/** Shown in error messages, e.g. "Spotler". */
	provider: string;
	readError: ProviderErrorReader;
	node: INode;
	/** The item the request belongs to; named in the error. */
	itemIndex?: number;
	/** The request's timeout, to say so when it ran out. */
	timeoutMs?: number;
	/** Shared by the requests of one run (see RateGate). */
	gate?: RateGate;
}

function errorCodes(error: unknown): string[] {
	const codes: string[] = [];
	const seen = new Set<unknown>();
	for (let e = error as Record<string, unknown> | undefined; e && typeof e === 'object' && !seen.has(e); e = e.cause as Record<string, unknown>) {
		seen.add(e);
		if (typeof e.code === 'string') codes.push(e.code);
	}
	return codes;
}

/** The error an item fails with: the provider's own message, the status, the retries, the item. */
export function pipelineError(error: unknown, failure: HttpFailure, options: PipelineOptions, retries: number): NodeApiError {
	const apiError = error instanceof NodeApiError ? error : new NodeApiError(options.node, error as JsonObject, failure.status === undefined ? {} : { httpCode: String(failure.status) });
	if (options.itemIndex !== undefined) apiError.context.itemIndex = options.itemIndex;
	if (failure.status === undefined) {
		// No HTTP answer at all. A timeout is said plainly, with why it was not sent again;
		// anything else (refused connection, DNS) keeps n8n's own message.
		if (errorCodes(error).some((c) => c === 'ECONNABORTED' || c === 'ETIMEDOUT')) {
			apiError.message = `${options.provider} did not answer within ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms`;
			apiError.description = 'The request timed out (see Options > Timeout). It was not sent again, because the provider may still have processed it.';
		}
		return apiError;
	}
	if (isRedirect(failure.status)) {
		const location = failure.headers?.location ?? failure.headers?.Location;
		apiError.message = `${options.provider} answered HTTP ${failure.status}, a redirect${location ? ` to ${String(location)}` : ''}: the request was not sent on`;
		apiError.description =
			'A request that sends or changes something goes only to the address it was built for (a redirected POST would arrive without its body). Check the Base URL in the credential: for example https:// instead of http://, or the new address the provider announced.';
		apiError.httpCode = String(failure.status);
		return apiError;
	}
	const own = failure.body !== undefined ? options.readError(failure.body) : undefined;
	const parts = [`${options.provider} answered HTTP ${failure.status}`];
	if (own?.code !== undefined) parts.push(`error ${own.code}`);
	if (retries > 0) parts.push(`after ${retries} ${retries === 1 ? 'retry' : 'retries'}`);
	if (own?.message) apiError.message = own.message;
	apiError.description = `${parts.join(', ')}.`;
	apiError.httpCode = String(failure.status);
	return apiError;
}

/** Runs `attempt` under the retry rules above; its failure becomes the item's error. */
export async function withRetries<T>(attempt: () => Promise<T>, options: PipelineOptions): Promise<T> {
	for (let retry = 1; ; retry++) {
		// Checked before waiting: an open gate costs each request nothing.
		if (options.gate?.closed) await options.gate.passed();
		try {
			return await attempt();
		} catch (error) {
			const failure = httpFailure(error);
			const wait = retryDelay(failure, retry);
			if (wait === undefined) throw pipelineError(error, failure, options, retry - 1);
			if (options.gate) options.gate.close(wait);
			else await sleep(wait);
		}
	}
}
