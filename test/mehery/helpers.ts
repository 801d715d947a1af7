import { LoadOptionsContext } from 'n8n-core';
import type { ICredentialDataDecryptedObject, INodeListSearchResult, INodeParameters } from 'n8n-workflow';

import { Engine, startMock, type MockClient } from '../harness';

export interface MeheryCredential extends ICredentialDataDecryptedObject {
	baseUrl: string;
	apiKey: string;
	apiId: string;
	verifyToken: string;
}

export interface MeherySamples {
	channelId: string;
	sandboxChannelId: string;
	facebookChannelId: string;
	contactId: string;
	contactPhone: string;
	otherContactId: string;
	/** A Facebook contact (the doc's Contact Preferences example names one, fb:…). */
	facebookContactId: string;
	/** The open session a fresh mock has (third WhatsApp contact), for the session calls. */
	sessionId: string;
	templateId: string;
	templateCode: string;
	rejectedTemplateCode: string;
}

export async function meheryCredentials(mock: MockClient): Promise<{ credential: MeheryCredential; samples: MeherySamples }> {
	return mock.credentials('mehery');
}

export interface MeheryWorld {
	mock: MockClient;
	engine: Engine;
	credential: MeheryCredential;
	samples: MeherySamples;
}

/** A mock, its Mehery credential and samples, and an engine using that credential. */
export async function meheryWorld(): Promise<MeheryWorld> {
	const mock = await startMock();
	const { credential, samples } = await meheryCredentials(mock);
	const engine = await Engine.create({ credentials: { meheryApi: credential } });
	return { mock, engine, credential, samples };
}

/** Webhook deliveries of the Mehery mock, after every retry has settled. */
export async function deliveries(mock: MockClient, event?: string): Promise<any[]> {
	const query = new URLSearchParams({ provider: 'mehery', wait: '1', ...(event ? { event } : {}) });
	return (await mock.json('GET', `/__control/deliveries?${query}`)).body;
}

/**
 * Runs one of the Mehery node's list-search methods the way the editor does (a LoadOptionsContext
 * on a node with these parameters), through the engine's credentials.
 */
export async function listSearch(engine: Engine, method: string, parameters: INodeParameters, filter?: string): Promise<INodeListSearchResult> {
	const node = engine.node({ type: 'mehery', parameters });
	const workflow = engine.workflow([node]);
	const context = new LoadOptionsContext(workflow, node, engine.additionalData([], workflow), '');
	const search = engine.nodeType('mehery').methods!.listSearch![method];
	return await search.call(context, filter);
}
