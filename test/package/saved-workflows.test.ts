import { NodeHelpers, type INodeParameters, type INodeProperties, type INodeType } from 'n8n-workflow';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { packageSurface, surfaceProblems, type PackageSurface } from '../../scripts/saved/parameter-surface';
import { exampleFiles, example, exampleNodeTypes, wholeWorkflow } from '../examples/helpers';
import { Engine, PACKAGE_NAME, readWorkflow, startMock, type MockClient, type WorkflowJson } from '../harness';

/**
 * Workflows saved with version 0.1.0 keep working. Two guards:
 * - the parameter surface (names, types, defaults, option values, display conditions, versions) of
 *   every node still holds everything the 0.1.0 snapshot holds (scripts/saved/parameter-surface.js);
 * - a workflow exported from n8n with 0.1.0 (test/fixtures/saved/workflow-0.1.0.json: parameters
 *   left at their defaults are not saved, as n8n saves them, so a changed default shows) runs
 *   against the mock and every node succeeds; the examples still fit the nodes, and each of them is
 *   run end to end by test/examples/examples.test.ts or test/common/example-workflows.test.ts.
 */
const FIXTURES = resolve(__dirname, '../fixtures/saved');
const snapshot = (): PackageSurface => JSON.parse(readFileSync(resolve(FIXTURES, 'parameter-surface-0.1.0.json'), 'utf8')) as PackageSurface;
const TRIGGER = "When clicking 'Execute workflow'";

describe('saved workflows keep working', () => {
	describe('parameter surface', () => {
		it('every node still offers all that a 0.1.0 workflow can have saved', () => {
			expect(surfaceProblems(snapshot(), packageSurface())).toEqual([]);
		});

		describe('the comparison finds each kind of break (on doctored copies of the snapshot)', () => {
			const operationOf = (surface: PackageSurface, node: string, resource: string) =>
				surface[node].properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource))!;

			it('a renamed option value', () => {
				const current = snapshot();
				const operation = operationOf(current, 'wabbit', 'chat');
				operation.values = operation.values!.map((v) => (v === 'getMany' ? 'getAll' : v));
				expect(surfaceProblems(snapshot(), current)).toEqual(['wabbit: "operation" ({"show":{"resource":["chat"]}}): option value "getMany" is gone']);
			});

			it('a changed default, type or display condition, a removed mode, property, version or node', () => {
				const current = snapshot();
				operationOf(current, 'spotler', 'message').default = 'sendText';
				const limit = current.parley.properties.find((p) => p.name === 'limit')!;
				limit.type = 'string';
				const text = current.omnichannelReply.properties.find((p) => p.name === 'text')!;
				text.displayOptions = { show: { replyType: ['text', 'media'] } };
				const channel = current.mehery.properties.find((p) => p.name === 'channel')!;
				channel.modes = channel.modes!.filter((m) => m !== 'id');
				current.social25.version = [2];
				current.social25.properties = current.social25.properties.filter((p) => p.name !== 'tenant');
				delete current.spotlerTrigger;
				const problems = surfaceProblems(snapshot(), current);
				expect(problems).toEqual(
					expect.arrayContaining([
						'spotler: "operation" ({"show":{"resource":["message"]}}): default "send" became "sendText"',
						expect.stringMatching(/^parley: "limit" \(.*\): type number became string$/),
						'omnichannelReply: "text" ({"show":{"replyType":["text"]}}) is gone; "text" now shows under {"show":{"replyType":["media","text"]}}',
						expect.stringMatching(/^mehery: "channel" \(.*\): mode "id" is gone$/),
						'social25: version 1 is gone',
						'social25: "tenant" (always shown) is gone',
						'spotlerTrigger: the node is gone',
					]),
				);
				expect(problems).toHaveLength(7);
			});

			it('accepts what saved workflows cannot notice: added options, properties and versions, reordered lists', () => {
				const current = snapshot();
				const operation = operationOf(current, 'wabbit', 'chat');
				operation.values = [...operation.values!].reverse().concat('archive');
				operation.displayOptions = { show: { resource: ['chat'] } };
				current.wabbit.properties.push({ name: 'newField', type: 'string', default: '' });
				current.wabbit.version = [1, 2, 3];
				expect(surfaceProblems(snapshot(), current)).toEqual([]);
			});
		});
	});

	/** Why a node's saved parameters no longer fit its type (empty when they do). */
	function savedParameterProblems(engine: Engine, node: WorkflowJson['nodes'][number]): string[] {
		const type = engine.nodeTypes.getByNameAndVersion(node.type, node.typeVersion) as INodeType | undefined;
		if (!type) return [`${node.name}: no node type ${node.type} version ${node.typeVersion}`];
		const { description } = type;
		const saved = node.parameters as INodeParameters;
		// What n8n makes of the saved parameters when it opens the workflow: unknown or hidden ones are dropped.
		const resolved = NodeHelpers.getNodeParameters(description.properties, saved, true, false, node, description) ?? {};
		const problems = Object.keys(saved)
			.filter((name) => !(name in resolved))
			.map((name) => `${node.name}: "${name}" is no longer a parameter shown for these values`);
		for (const [name, value] of Object.entries(saved)) {
			if (typeof value !== 'string' || value.startsWith('=')) continue;
			const shown = description.properties.filter((p: INodeProperties) => p.name === name && p.type === 'options' && NodeHelpers.displayParameter(resolved, p, node, description));
			const known = shown.flatMap((p) => (p.options ?? []).map((o) => ('value' in o ? o.value : undefined)));
			// Options loaded from the API (typeOptions.loadOptionsMethod) have no fixed list to check.
			if (shown.length > 0 && shown.every((p) => !p.typeOptions?.loadOptionsMethod) && !known.includes(value)) {
				problems.push(`${node.name}: "${name}" has no option "${value}"`);
			}
		}
		return problems;
	}

	describe('a workflow saved by 0.1.0, and the examples', () => {
		let mock: MockClient;
		let engine: Engine;
		let samples: Record<string, any>;
		const saved = readWorkflow(resolve(FIXTURES, 'workflow-0.1.0.json'));
		const packageNodes = (workflow: WorkflowJson) => workflow.nodes.filter((n) => n.type.startsWith(`${PACKAGE_NAME}.`));

		beforeAll(async () => {
			mock = await startMock();
			const providers = ['spotler', 'parley', 'mehery', 'social25', 'wabbit'];
			const all = await Promise.all(providers.map((p) => mock.credentials(p)));
			samples = Object.fromEntries(providers.map((p, i) => [p, all[i].samples]));
			const [spotler, parley, mehery, social25, wabbit] = all.map((c) => c.credential);
			// eslint-disable-next-line @typescript-eslint/no-require-imports
			const { ManualTrigger } = require('n8n-nodes-base/dist/nodes/ManualTrigger/ManualTrigger.node.js') as { ManualTrigger: new () => INodeType };
			engine = await Engine.create({
				credentials: { spotlerApi: spotler, parleyOAuth2Api: parley, meheryApi: mehery, social25Api: social25, wabbitApi: wabbit },
				extraNodeTypes: { ...exampleNodeTypes(), 'n8n-nodes-base.manualTrigger': new ManualTrigger() },
			});
		});
		afterAll(() => mock.close());
		beforeEach(() => mock.server.reset());

		it("the saved workflow covers all six action nodes and names the mock's seeded ids", () => {
			const types = new Set(packageNodes(saved).map((n) => n.type.slice(PACKAGE_NAME.length + 1)));
			expect([...types].sort()).toEqual(['mehery', 'omnichannelReply', 'parley', 'social25', 'spotler', 'wabbit']);
			const parameters = (name: string) => saved.nodes.find((n) => n.name === name)!.parameters as Record<string, any>;
			expect(parameters('Spotler: Send a Text')).toMatchObject({ channel: { value: samples.spotler.channelJid }, contact: samples.spotler.contactJid });
			expect(parameters('Parley: Reply to a Result').resultId).toBe(String(samples.parley.replyableResultId));
			expect(parameters('Mehery: Send a Text')).toMatchObject({ channel: { value: samples.mehery.channelId }, recipient: samples.mehery.contactId });
			expect(parameters('Social25: Send a Text').conversationId.value).toBe(samples.social25.whatsappConversationId);
			expect(parameters('Wabbit: Send a Text').chat.value).toBe(samples.wabbit.waId);
		});

		it.each([['workflow-0.1.0.json (saved)', saved], ...exampleFiles().map((file) => [file, example(file)] as [string, WorkflowJson])])(
			'%s: every saved parameter is still a parameter of its node, with a known option',
			(_name, workflow) => {
				expect(packageNodes(workflow).flatMap((node) => savedParameterProblems(engine, node))).toEqual([]);
			},
		);

		it('the saved workflow runs: every node succeeds with sensible output', async () => {
			const run = await engine.runWorkflow(wholeWorkflow(engine, saved), TRIGGER);
			expect(run.error).toBeUndefined();
			expect(run.status).toBe('success');
			expect([...run.order].sort()).toEqual(saved.nodes.map((n) => n.name).sort());
			for (const node of packageNodes(saved)) {
				const items = run.outputOf(node.name).map((i) => i.json);
				expect({ node: node.name, items: items.length > 0 }).toEqual({ node: node.name, items: true });
				for (const json of items) {
					expect({ node: node.name, error: json.error }).toEqual({ node: node.name, error: undefined });
					expect(Object.keys(json).length).toBeGreaterThan(0);
				}
			}
			const one = (name: string) => run.outputOf(name).map((i) => i.json);
			expect(one('Parley: Get the Configuration')).toHaveLength(1);
			expect(one('Spotler: Get Many Labels').length).toBeLessThanOrEqual(5);
			expect(one('Omnichannel Reply')).toEqual(['spotler', 'parley', 'mehery', 'social25', 'wabbit'].map((provider) => expect.objectContaining({ provider, type: 'text' })));

			// The sends reached each provider: the mock keeps what they sent.
			const state = async (provider: string) => mock.state(provider);
			const spotlerConversation = (await state('spotler')).conversations.find((c: any) => c.channelJid === samples.spotler.channelJid && c.contactJid === samples.spotler.contactJid);
			expect(spotlerConversation.messages.filter((m: any) => m.direction === 'outbound').map((m: any) => m.message.type)).toEqual(expect.arrayContaining(['text', 'image']));
			expect((await state('parley')).cases.flatMap((c: any) => c.replies).map((r: any) => r.message)).toEqual(
				expect.arrayContaining(['We are looking into it, sorry!', 'Thanks for your message! You wrote: "Where is my parcel?".']),
			);
			const requests = async (provider: string) => (await mock.requests({ provider, method: 'POST' })).length;
			for (const provider of ['mehery', 'social25', 'wabbit']) expect(await requests(provider)).toBeGreaterThanOrEqual(2);
		});

		it('every example in examples/ is run end to end by an example test', () => {
			const read = (file: string) => readFileSync(resolve(__dirname, '..', file), 'utf8');
			const useCases = read('examples/examples.test.ts');
			const triggerReplies = read('common/example-workflows.test.ts');
			for (const file of exampleFiles()) {
				const slug = /^omnichannel-(\w+)-trigger-reply\.json$/.exec(file)?.[1];
				const runBy = useCases.includes(`example('${file}')`) || (slug !== undefined && triggerReplies.includes(`example('${slug}')`));
				expect({ file, runBy }).toEqual({ file, runBy: true });
			}
		});
	});
});
