import type { INodeParameters } from 'n8n-workflow';

import { callPicker, Engine, providerWorld, type MockClient, type ProviderWorld } from '../harness';

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

export interface WabbitCredential {
	[key: string]: string;
	baseUrl: string;
	authentication: string;
	username: string;
	password: string;
}

/** What the mock's control API says about Wabbit's credentials besides the one the engine holds. */
export interface WabbitCredentials {
	credential: WabbitCredential;
	tokens: { admin: string; user: string; otherUser: string; app: string };
	d360ApiKey: string;
	users: Record<string, { id: number; role: string; password: string }>;
	samples: WabbitSamples;
}

export interface WabbitWorld extends Omit<ProviderWorld<WabbitSamples, WabbitCredential>, 'picker'> {
	credentials: WabbitCredentials;
	/** An engine whose credential is a pasted token (e.g. a regular user's). */
	engineWithToken(token: string): Promise<Engine>;
	/** The requests the node made to the Wabbit mock, minus the token exchange. */
	apiRequests(filter?: Record<string, string>): Promise<Array<Awaited<ReturnType<MockClient['requests']>>[number] & { query: Record<string, string> }>>;
	/** A loadOptions, listSearch or resourceMapping method of the node, called the way the editor does. */
	picker<T = any>(kind: 'listSearch' | 'loadOptions' | 'resourceMapping', method: string, parameters: INodeParameters, filter?: string): Promise<T>;
}

/**
 * The Wabbit world: the mock, an engine logged in as the inbox's admin (username + password), the
 * seeded samples and the other users' tokens. Call it at the top of a describe.
 */
export function wabbitWorld(): WabbitWorld {
	const world = providerWorld<WabbitSamples, WabbitCredential>({ provider: 'wabbit', nodeType: 'wabbit', credentialType: 'wabbitApi' }) as WabbitWorld;
	world.engineWithToken = async (token) => await Engine.create({ credentials: { wabbitApi: { baseUrl: world.credential.baseUrl, authentication: 'token', apiToken: token } } });
	world.apiRequests = async (filter = {}) => {
		const requests = (await world.requests(filter)) as Awaited<ReturnType<WabbitWorld['apiRequests']>>;
		return requests.filter((r) => r.path !== '/api/v1/auth/token/');
	};
	// resourceMapping methods are called like the other two.
	world.picker = async (kind, method, parameters, filter) => (await callPicker(world.engine, 'wabbit', kind as 'loadOptions', method, parameters, filter)) as never;
	return world;
}

/** A resource locator's value given by ID (or number), as a saved workflow holds it. */
export const byId = (value: string | number) => ({ mode: 'id', value: String(value) });
