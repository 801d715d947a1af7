import { Engine, startMock, type MockClient } from '../harness';

export interface WabbitSamples {
	waId: string;
	waIdAssignedToAnna: string;
	waIdOfAgentsGroup: string;
	waIdOutsideWindow: string;
	inboundMessageId: string;
	adminUserId: number;
	annaUserId: number;
	botUserId: number;
	agentsGroupId: number;
	tagId: number;
	templateName: string;
}

export interface WabbitMockCredentials {
	credential: { baseUrl: string; authentication: string; username: string; password: string };
	tokens: { admin: string; user: string; otherUser: string; app: string };
	d360ApiKey: string;
	users: Record<string, { id: number; role: string; password: string }>;
	samples: WabbitSamples;
}

export interface WabbitSetup {
	mock: MockClient;
	engine: Engine;
	creds: WabbitMockCredentials;
}

/** A mock, its credentials and an engine logged in as the admin (username + password). */
export async function setup(): Promise<WabbitSetup> {
	const mock = await startMock();
	const creds = (await mock.credentials('wabbit')) as WabbitMockCredentials;
	const engine = await Engine.create({ credentials: { wabbitApi: creds.credential } });
	return { mock, engine, creds };
}

/** An engine whose credential is a pasted token (e.g. a regular user's). */
export async function engineWithToken(mock: MockClient, token: string): Promise<Engine> {
	const base = (await mock.credentials('wabbit')).credential.baseUrl;
	return Engine.create({ credentials: { wabbitApi: { baseUrl: base, authentication: 'token', apiToken: token } } });
}

export function node(resource: string, operation: string, parameters: Record<string, unknown> = {}) {
	return { type: 'wabbit', parameters: { resource, operation, ...parameters } };
}

/** The requests the node made to the Wabbit mock, minus the token exchange. */
export async function apiRequests(mock: MockClient, filter: Record<string, string> = {}) {
	const requests = (await mock.requests({ provider: 'wabbit', ...filter })) as Array<Awaited<ReturnType<MockClient['requests']>>[number] & { query: Record<string, string> }>;
	return requests.filter((r) => r.path !== '/api/v1/auth/token/');
}

export const byId = (value: string | number) => ({ mode: 'id', value: String(value) });
