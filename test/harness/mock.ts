import { createMockServer, type MockServer } from '../../mock-server';

/** Starts the mock on a free port with fast webhook retries; returns it and JSON helpers. */
export async function startMock(seed = 42): Promise<MockClient> {
	const server = await createMockServer({ port: 0, seed, webhookRetry: { attempts: 4, baseDelayMs: 20, maxDelayMs: 100, timeoutMs: 5_000 } });
	return new MockClient(server);
}

export class MockClient {
	constructor(readonly server: MockServer) {}

	get url(): string {
		return this.server.url;
	}

	async json<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: T; headers: Headers }> {
		const response = await fetch(`${this.server.url}${path}`, {
			method,
			headers: { 'content-type': 'application/json', ...headers },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		let parsed: unknown = text;
		try {
			parsed = text ? JSON.parse(text) : undefined;
		} catch {
			// not JSON: keep the text
		}
		return { status: response.status, body: parsed as T, headers: response.headers };
	}

	/** GET /__control/credentials for one provider. */
	async credentials<T = any>(provider: string): Promise<T> {
		return (await this.json<Record<string, T>>('GET', '/__control/credentials')).body[provider];
	}

	async simulate<T = any>(provider: string, kind: string, input: Record<string, unknown> = {}): Promise<T> {
		const { status, body } = await this.json<T>('POST', `/__control/${provider}/simulate/${kind}`, input);
		if (status !== 200) throw new Error(`simulate ${provider}/${kind} answered ${status}: ${JSON.stringify(body)}`);
		return body;
	}

	async state<T = any>(provider: string): Promise<T> {
		return (await this.json<T>('GET', `/__control/${provider}/state`)).body;
	}

	async requests(filter: Record<string, string> = {}): Promise<Array<{ method: string; path: string; status: number; body: any; headers: Record<string, unknown>; fault?: string }>> {
		const query = new URLSearchParams(filter).toString();
		return (await this.json('GET', `/__control/requests${query ? `?${query}` : ''}`)).body;
	}

	/** Makes the provider play other answers where its document is silent (PUT /__control/<p>/variants). */
	async variant(provider: string, choices: Record<string, string>): Promise<void> {
		const { status, body } = await this.json('PUT', `/__control/${provider}/variants`, choices);
		if (status !== 200) throw new Error(`variants of ${provider} answered ${status}: ${JSON.stringify(body)}`);
	}

	async fault(spec: Record<string, unknown>): Promise<{ id: string }> {
		return (await this.json('POST', '/__control/faults', spec)).body;
	}

	close(): Promise<void> {
		return this.server.close();
	}
}
