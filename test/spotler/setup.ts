import { LoadOptionsContext } from 'n8n-core';
import type { INodeExecutionData, INodeListSearchResult, INodeParameters, INodePropertyOptions, INodeType } from 'n8n-workflow';

import { Engine, startMock, type MockClient, type RunResult } from '../harness';

export interface SpotlerSamples {
	companyId: string;
	channelJid: string;
	contactJid: string;
	contactJidOutsideCareWindow: string;
	blacklistedJid: string;
	webchatChannelJid: string;
	webchatContactJid: string;
	assistantJid: string;
	agentEmail: string;
	labelJid: string;
	teamJid: string;
	listJid: string;
	noteId: string;
	template: { name: string; language: string; parameters: number };
}

export interface SpotlerWorld {
	mock: MockClient;
	engine: Engine;
	samples: SpotlerSamples;
	credential: { baseUrl: string; apiKey: string };
	otherKeys: { assistant: string; channel: string };
	/** Runs the Spotler node once for `items` (one empty item by default). */
	run(resource: string, operation: string, parameters?: INodeParameters, options?: { items?: INodeExecutionData[]; continueOnFail?: boolean; engine?: Engine; typeVersion?: number }): Promise<RunResult>;
	/** An engine whose credential uses another of the seeded keys. */
	engineWithKey(key: 'assistant' | 'channel' | string): Promise<Engine>;
	/** The Spotler requests the mock logged, newest last. */
	requests(filter?: Record<string, string>): ReturnType<MockClient['requests']>;
	state(): Promise<any>;
	/** Channel locator value "by JID". */
	channel(jid?: string): { mode: string; value: string };
}

/** Starts the mock and an engine; resets the mock before each test. Call at the top of a describe. */
export function spotlerWorld(): SpotlerWorld {
	const world = {} as SpotlerWorld;
	beforeAll(async () => {
		world.mock = await startMock();
		const creds = await world.mock.credentials('spotler');
		world.samples = creds.samples;
		world.credential = creds.credential;
		world.otherKeys = creds.otherKeys;
		world.engine = await Engine.create({ credentials: { spotlerApi: world.credential } });
	});
	afterAll(() => world.mock.close());
	beforeEach(() => world.mock.server.reset());

	world.run = (resource, operation, parameters = {}, options = {}) =>
		(options.engine ?? world.engine).runNode(
			{ type: 'spotler', parameters: { resource, operation, ...parameters }, continueOnFail: options.continueOnFail, typeVersion: options.typeVersion },
			options.items ?? [{ json: {} }],
		);
	world.engineWithKey = async (key) => {
		const apiKey = key === 'assistant' || key === 'channel' ? world.otherKeys[key] : key;
		return await Engine.create({ credentials: { spotlerApi: { ...world.credential, apiKey } } });
	};
	world.requests = (filter = {}) => world.mock.requests({ provider: 'spotler', ...filter });
	world.state = () => world.mock.state('spotler');
	world.channel = (jid) => ({ mode: 'id', value: jid ?? world.samples.channelJid });
	return world;
}

/**
 * Calls a listSearch or loadOptions method of the Spotler node the way the editor does: a
 * LoadOptionsContext over the node's current parameters, with the engine's credentials.
 */
export async function callPickerMethod(
	engine: Engine,
	kind: 'listSearch' | 'loadOptions',
	method: string,
	parameters: INodeParameters,
	filter?: string,
): Promise<INodeListSearchResult | INodePropertyOptions[]> {
	const node = engine.node({ type: 'spotler', parameters });
	const workflow = engine.workflow([node]);
	const additionalData = engine.additionalData([], workflow);
	(additionalData as unknown as { currentNodeParameters: INodeParameters }).currentNodeParameters = parameters;
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	const type = engine.nodeType('spotler') as INodeType;
	const fn = (type.methods?.[kind] as Record<string, (this: unknown, filter?: string) => Promise<unknown>>)[method];
	return (await fn.call(context, filter)) as INodeListSearchResult | INodePropertyOptions[];
}
