import { LoadOptionsContext } from 'n8n-core';
import type { INodeParameters, ResourceMapperFields } from 'n8n-workflow';

import { Engine, startMock, type MockClient } from '../harness';

export interface Social25Samples {
	tenantId: string;
	agentId: string;
	whatsappConversationId: string;
	whatsappUserId: string;
	facebookConversationId: string;
	closedConversationId: string;
	expiredConversationId: string;
	whatsappPlatformExternalId: string;
	whatsappPlatformId: number;
	smsPlatformExternalId: string;
	templateLanguage: string;
	templateName: string;
}

export type LoggedRequest = Awaited<ReturnType<MockClient['requests']>>[number] & { query: Record<string, string> };

export interface Social25Setup {
	mock: MockClient;
	engine: Engine;
	samples: Social25Samples;
	credential: { baseUrl: string; accessToken: string; tenantId: string };
	/** Requests the mock received for Social25, optionally filtered. */
	requests(filter?: Record<string, string>): Promise<LoggedRequest[]>;
}

/** One mock and one engine per test file, with the mock's Social25 credential. */
export async function setupSocial25(): Promise<Social25Setup> {
	const mock = await startMock();
	const creds = await mock.credentials('social25');
	const engine = await Engine.create({ credentials: { social25Api: creds.credential } });
	return {
		mock,
		engine,
		samples: creds.samples,
		credential: creds.credential,
		requests: async (filter = {}) => (await mock.requests({ provider: 'social25', ...filter })) as LoggedRequest[],
	};
}

/** A Social25 action node spec. */
export const social25 = (resource: string, operation: string, parameters: Record<string, unknown> = {}, continueOnFail?: boolean) => ({
	type: 'social25',
	parameters: { resource, operation, ...parameters },
	continueOnFail,
});

export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/**
 * Calls one of the action node's list searches (pickers) the way the n8n editor does: a
 * LoadOptionsContext over a node holding `parameters`, with them as the current parameters.
 */
export async function listSearch(engine: Engine, method: string, parameters: Record<string, unknown>, filter?: string, paginationToken?: string) {
	const node = engine.node(social25('message', 'sendWhatsAppTemplate', parameters));
	const workflow = engine.workflow([node]);
	const additionalData = Object.assign(engine.additionalData([], workflow), { currentNodeParameters: node.parameters });
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	const search = engine.nodeType('social25').methods!.listSearch![method];
	return await search.call(context, filter, paginationToken);
}

/** Calls the action node's resource mapper method (Template Variables) the way the editor does. */
export async function resourceMapping(engine: Engine, method: string, parameters: INodeParameters) {
	const node = engine.node({ type: 'social25', parameters });
	const workflow = engine.workflow([node]);
	const additionalData = Object.assign(engine.additionalData([], workflow), { currentNodeParameters: node.parameters });
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	const mapping = (engine.nodeType('social25').methods as { resourceMapping: Record<string, (this: unknown) => Promise<ResourceMapperFields>> }).resourceMapping[method];
	return await mapping.call(context);
}
