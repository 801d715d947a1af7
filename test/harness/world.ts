import { LoadOptionsContext } from 'n8n-core';
import type { ICredentialDataDecryptedObject, INodeExecutionData, INodeListSearchResult, INodeParameters, INodePropertyOptions, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { Engine, type RunResult } from './engine';
import { startMock, type MockClient } from './mock';

/**
 * A provider's test world: the running mock, an engine holding the provider's credential for the
 * mock, the seeded samples, and short ways to run the action node and read what the mock saw.
 * Each provider's `test/<provider>/world.ts` makes one from this; call it at the top of a describe
 * (it installs beforeAll/afterAll, and resets the mock before each test).
 */
export interface ProviderWorld<Samples = any, Credential extends ICredentialDataDecryptedObject = ICredentialDataDecryptedObject> {
	mock: MockClient;
	engine: Engine;
	samples: Samples;
	credential: Credential;
	/** Everything the mock's control API says about the credentials (other keys, tokens...). */
	credentials: Record<string, any>;
	/** Runs the action node once for `items` (one empty item by default). */
	run(
		resource: string,
		operation: string,
		parameters?: INodeParameters,
		options?: { items?: INodeExecutionData[]; continueOnFail?: boolean; engine?: Engine; typeVersion?: number },
	): Promise<RunResult>;
	/** An engine whose credential has these fields changed (e.g. another key). */
	engineWith(changes: Partial<Credential>): Promise<Engine>;
	/** The provider's requests the mock logged, oldest first. */
	requests(filter?: Record<string, string>): ReturnType<MockClient['requests']>;
	state<T = any>(): Promise<T>;
	/** Calls a picker (listSearch or loadOptions method) the way the editor does. */
	picker(kind: 'listSearch' | 'loadOptions', method: string, parameters: INodeParameters, filter?: string): Promise<INodeListSearchResult | INodePropertyOptions[]>;
}

export interface ProviderWorldSpec {
	/** The mock's slug: "spotler". */
	provider: string;
	/** The action node's type name: "spotler". */
	nodeType: string;
	/** The credential type: "spotlerApi". */
	credentialType: string;
	/** Reset the mock before each test (default true). */
	resetEachTest?: boolean;
}

export function providerWorld<Samples = any, Credential extends ICredentialDataDecryptedObject = ICredentialDataDecryptedObject>(spec: ProviderWorldSpec): ProviderWorld<Samples, Credential> {
	const world = {} as ProviderWorld<Samples, Credential>;
	beforeAll(async () => {
		world.mock = await startMock();
		world.credentials = await world.mock.credentials(spec.provider);
		world.samples = world.credentials.samples as Samples;
		world.credential = world.credentials.credential as Credential;
		world.engine = await Engine.create({ credentials: { [spec.credentialType]: world.credential } });
	});
	afterAll(() => world.mock?.close());
	if (spec.resetEachTest !== false) beforeEach(() => world.mock.server.reset());

	world.run = (resource, operation, parameters = {}, options = {}) =>
		(options.engine ?? world.engine).runNode(
			{ type: spec.nodeType, parameters: { resource, operation, ...parameters }, continueOnFail: options.continueOnFail, typeVersion: options.typeVersion },
			options.items ?? [{ json: {} }],
		);
	world.engineWith = async (changes) => await Engine.create({ credentials: { [spec.credentialType]: { ...world.credential, ...changes } } });
	world.requests = (filter = {}) => world.mock.requests({ provider: spec.provider, ...filter });
	world.state = <T>() => world.mock.state<T>(spec.provider);
	world.picker = (kind, method, parameters, filter) => callPicker(world.engine, spec.nodeType, kind, method, parameters, filter);
	return world;
}

/**
 * Calls a listSearch or loadOptions method of a node the way the editor does: a LoadOptionsContext
 * over the node's current parameters, with the engine's credentials.
 */
export async function callPicker(
	engine: Engine,
	nodeType: string,
	kind: 'listSearch' | 'loadOptions',
	method: string,
	parameters: INodeParameters,
	filter?: string,
): Promise<INodeListSearchResult | INodePropertyOptions[]> {
	const node = engine.node({ type: nodeType, parameters });
	const workflow = engine.workflow([node]);
	const additionalData = engine.additionalData([], workflow);
	(additionalData as unknown as { currentNodeParameters: INodeParameters }).currentNodeParameters = parameters;
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	const type = engine.nodeType(nodeType) as INodeType & { description: INodeTypeDescription };
	const fn = (type.methods?.[kind] as Record<string, (this: unknown, filter?: string) => Promise<unknown>>)[method];
	return (await fn.call(context, filter)) as INodeListSearchResult | INodePropertyOptions[];
}
