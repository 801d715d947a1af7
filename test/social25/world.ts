import { LoadOptionsContext } from 'n8n-core';
import type { INodeListSearchResult, INodeParameters, ResourceMapperFields } from 'n8n-workflow';

import { providerWorld, type MockClient, type ProviderWorld } from '../harness';

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

export type Social25Credential = {
	baseUrl: string;
	accessToken: string;
	tenantId: string;
};

export type LoggedRequest = Awaited<ReturnType<MockClient['requests']>>[number] & { query: Record<string, string> };

export interface Social25World extends Omit<ProviderWorld<Social25Samples, Social25Credential>, 'requests'> {
	/** Requests the mock received for Social25, optionally filtered (with their query). */
	requests(filter?: Record<string, string>): Promise<LoggedRequest[]>;
	/** One of the action node's list searches (pickers), as the editor calls it, page token included. */
	listSearch(method: string, parameters: INodeParameters, filter?: string, paginationToken?: string): Promise<INodeListSearchResult>;
	/** The action node's resource mapper (Template Variables), as the editor calls it. */
	resourceMapping(method: string, parameters: INodeParameters): Promise<ResourceMapperFields>;
}

/** The Social25 mock and engine for a test file; the mock is reset before each test unless told otherwise. */
export function social25World(options: { resetEachTest?: boolean } = {}): Social25World {
	const world = providerWorld<Social25Samples, Social25Credential>({ provider: 'social25', nodeType: 'social25', credentialType: 'social25Api', ...options });
	const social25 = world as unknown as Social25World;
	social25.listSearch = async (method, parameters, filter, paginationToken) => {
		// Inside a node that shows every picker's field, as the editor has them.
		const search = world.engine.nodeType('social25').methods!.listSearch![method];
		return await search.call(editorContext(world, { resource: 'message', operation: 'sendWhatsAppTemplate', ...parameters }), filter, paginationToken);
	};
	social25.resourceMapping = async (method, parameters) => {
		const mapping = (world.engine.nodeType('social25').methods as { resourceMapping: Record<string, (this: unknown) => Promise<ResourceMapperFields>> }).resourceMapping[method];
		return await mapping.call(editorContext(world, parameters));
	};
	return social25;
}

/** A Social25 action node spec. */
export const social25 = (resource: string, operation: string, parameters: Record<string, unknown> = {}, continueOnFail?: boolean) => ({
	type: 'social25',
	parameters: { resource, operation, ...parameters },
	continueOnFail,
});

export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/**
 * The editor's view of a node holding `parameters` (as the current parameters), for pickers that
 * world.picker cannot call: a list search with a page token, a resource mapper.
 */
function editorContext(world: ProviderWorld<Social25Samples, Social25Credential>, parameters: INodeParameters): LoadOptionsContext {
	const node = world.engine.node({ type: 'social25', parameters });
	const workflow = world.engine.workflow([node]);
	const additionalData = Object.assign(world.engine.additionalData([], workflow), { currentNodeParameters: node.parameters });
	return new LoadOptionsContext(workflow, node, additionalData, 'parameters');
}
