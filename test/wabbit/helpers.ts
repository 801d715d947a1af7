import { LoadOptionsContext } from 'n8n-core';
import type { INodeParameters, INodeType } from 'n8n-workflow';

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

/**
 * Calls a loadOptions or resourceMapping method of the Wabbit node the way the editor does: a
 * LoadOptionsContext over the node's current parameters (version 2 unless given), with the engine's credentials.
 */
export async function callPickerMethod<T>(engine: Engine, kind: 'listSearch' | 'loadOptions' | 'resourceMapping', method: string, parameters: INodeParameters, filter?: string): Promise<T> {
	const node = engine.node({ type: 'wabbit', parameters });
	const workflow = engine.workflow([node]);
	const additionalData = engine.additionalData([], workflow);
	(additionalData as unknown as { currentNodeParameters: INodeParameters }).currentNodeParameters = parameters;
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	const type = engine.nodeType('wabbit') as INodeType;
	const fn = (type.methods?.[kind] as unknown as Record<string, (this: unknown, filter?: string) => Promise<unknown>>)[method];
	return (await fn.call(context, filter)) as T;
}
