/**
 * Where the Parley doc is silent, the node must work with each plausible answer, not only the
 * mock's first guess: every test here chooses a mock variant (mock-server/providers/parley/variants.ts)
 * and runs the node through the engine against it.
 */
import { resolve } from 'node:path';
import type { INodeParameters } from 'n8n-workflow';

import { PACKAGE_ROOT, pollingTrigger } from '../harness';
import { parleyWorld } from './world';

type Result = Record<string, any>;

const ENVELOPES = ['data.name', 'data.singular', 'data', 'top', 'bare', 'empty'] as const;
const CARRYING = ENVELOPES.filter((e) => e !== 'empty');

describe('Parley tolerates what its doc leaves open (mock variants)', () => {
	const world = parleyWorld();

	const state = async () => (await world.state()) as { results: Result[]; cases: Result[] };
	const replyRequests = async () => (await world.requests({ method: 'POST', path: '/replies' })).length;
	const reply = (resultId: number, extra: Record<string, unknown> = {}) => world.run('result', 'reply', { resultId: String(resultId), message: 'We are on it', ...extra });

	describe.each(ENVELOPES)('envelope "%s"', (envelope) => {
		beforeEach(() => world.mock.variant('parley', { envelope }));

		it('Result › Reply replies (the availability answer may hold no flag at all)', async () => {
			const { replyableResultId, connectionId } = world.samples;
			// Without a result in the answer the node cannot know the result's own connection: choose one.
			const result = await reply(replyableResultId, envelope === 'empty' ? { connectionId: String(connectionId) } : {});
			expect(result.error?.message).toBeUndefined();
			expect(result.items).toHaveLength(1);
			const sent = (await state()).cases.flatMap((c) => c.replies).find((r: Result) => r.resultId === replyableResultId);
			expect(sent).toMatchObject({ message: 'We are on it', public: true });
			// The reply itself, or (no payload in the answer) what was sent.
			expect(result.items[0].json).toMatchObject(envelope === 'empty' ? { success: true, resultId: replyableResultId } : { id: sent.id, message: 'We are on it' });
		});

		it('Result › Get Without Context (Simplify on) and Get read the result', async () => {
			const id = world.samples.replyableResultId;
			const bare = await world.run('result', 'getWithoutContext', { resultId: String(id), simplify: true });
			expect(bare.error?.message).toBeUndefined();
			expect(bare.items).toHaveLength(1);
			const withContext = await world.run('result', 'get', { resultId: String(id) });
			expect(withContext.error?.message).toBeUndefined();
			expect(withContext.items).toHaveLength(1);
			if (envelope === 'empty') {
				expect(bare.items[0].json).toMatchObject({ provider: 'parley', messageId: null });
				return;
			}
			expect(bare.items[0].json).toMatchObject({ provider: 'parley', messageId: String(id), direction: 'inbound' });
			expect(withContext.items[0].json).toMatchObject({ result: { id } });
		});

		it('Result › Search puts out one item per result (none for data: {})', async () => {
			const result = await world.run('result', 'search', { searchProfile: { mode: 'name', value: 'Customer Service' }, limit: 5 });
			expect(result.error?.message).toBeUndefined();
			const want =
				envelope === 'empty'
					? []
					: (await state()).results
							.filter((r) => r.searchId === 101 && r.status !== 5)
							.sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id)
							.slice(0, 5)
							.map((r) => r.id);
			expect(result.items.map((i) => i.json.id)).toEqual(want);
		});

		it('Case › Close and Configuration › Get put out an item', async () => {
			const { caseId, caseSearchId } = world.samples;
			const closed = await world.run('case', 'close', { searchId: { mode: 'id', value: String(caseSearchId) }, caseId: String(caseId) });
			expect(closed.error?.message).toBeUndefined();
			expect(closed.items[0].json).toMatchObject(envelope === 'empty' ? { success: true, caseId } : { id: caseId, status: 'closed' });
			const configuration = await world.run('configuration', 'get');
			expect(configuration.error?.message).toBeUndefined();
			if (envelope !== 'empty') expect(configuration.items[0].json).toMatchObject({ account: { company: 'KPN (mock)' } });
		});
	});

	it.each(CARRYING)('the polling trigger reads new results under envelope "%s"', async (envelope) => {
		await world.mock.variant('parley', { envelope });
		const poller = pollingTrigger(world.engine, { type: 'parleyTrigger', parameters: { searchProfile: { mode: 'list', value: 'Customer Service' }, simplify: true } as INodeParameters });
		expect(await poller.poll()).toBeNull();
		const added = await world.mock.simulate('parley', 'result', { searchId: 101, text: 'Is there an outage?' });
		const [items] = (await poller.poll())!;
		expect(items.map((i) => i.json.messageId)).toEqual([String(added.id)]);
	});

	it.each(ENVELOPES)('Omnichannel Reply answers a Parley item under envelope "%s"', async (envelope) => {
		const id = world.samples.replyableResultId;
		// The item as Simplify puts it out (read before the variant is chosen): the result stays under raw.
		const [item] = (await world.run('result', 'getWithoutContext', { resultId: String(id), simplify: true })).items;
		await world.mock.variant('parley', { envelope });
		const run = await world.engine.runNode({ type: 'omnichannelReply', parameters: { replyType: 'text', text: 'We are on it' } as INodeParameters }, [item]);
		expect(run.error?.message).toBeUndefined();
		const sent = (await state()).cases.flatMap((c) => c.replies).find((r: Result) => r.resultId === id);
		expect(sent).toMatchObject({ message: 'We are on it', connectionId: item.json.raw && (item.json.raw as Result).connectionId });
		expect(run.items[0].json).toMatchObject({ provider: 'parley', direction: 'outbound', messageId: envelope === 'empty' ? null : String(sent.id) });
	});

	it('a search answer in an unknown shape fails with what came back, never as empty', async () => {
		await world.mock.fault({ provider: 'parley', method: 'GET', path: '/results/**', body: { data: { items: [{ id: 1 }] }, status: 'SUCCES' }, count: 1 });
		const result = await world.run('result', 'search', { searchProfile: { mode: 'name', value: 'Customer Service' } });
		expect(result.status).toBe('error');
		expect(result.error?.message).toBe('Parley answered the search in a shape this node does not know');
		expect(result.error?.description).toContain('an object with items');
	});

	describe.each(['boolean', 'number', 'string'])('replyAvailable typed as %s', (typed) => {
		beforeEach(() => world.mock.variant('parley', { replyAvailable: typed }));

		it('a result that takes no replies is refused before anything is sent', async () => {
			const result = await reply(world.samples.monitoringOnlyResultId, { connectionId: String(world.samples.connectionId) });
			expect(result.status).toBe('error');
			expect(result.error?.message).toBe(`Result ${world.samples.monitoringOnlyResultId} cannot be replied to (item 0)`);
			expect(await replyRequests()).toBe(0);
		});

		it('a result that takes replies gets the reply', async () => {
			const result = await reply(world.samples.replyableResultId);
			expect(result.status).toBe('success');
			expect(await replyRequests()).toBe(1);
		});
	});

	it('replyAvailable = false directly in data (envelope "data") still refuses', async () => {
		await world.mock.variant('parley', { envelope: 'data', replyAvailable: 'string' });
		const result = await reply(world.samples.monitoringOnlyResultId, { connectionId: String(world.samples.connectionId) });
		expect(result.error?.message).toBe(`Result ${world.samples.monitoringOnlyResultId} cannot be replied to (item 0)`);
		expect(await replyRequests()).toBe(0);
	});

	describe('paging against servers that ignore the offset or the new-results mark', () => {
		const addResults = async (count: number) => {
			const ids: number[] = [];
			for (let i = 0; i < count; i++) ids.push((await world.mock.simulate('parley', 'result', { searchId: 102, source: 'web', text: `Mention ${i}` })).id);
			return ids;
		};
		const searchAll = (filters: INodeParameters = {}) => world.run('result', 'search', { searchProfile: { mode: 'name', value: 'Brand Monitoring' }, returnAll: true, filters });
		const pages = async () => (await world.requests({ path: '/results/' })).map((r) => r.path.replace(/^.*\/(limit:)/, '$1'));

		it('searchOffset "ignored": Return All stops on a repeated page, each result once', async () => {
			await addResults(105);
			await world.mock.variant('parley', { searchOffset: 'ignored' });
			const result = await searchAll();
			expect(result.status).toBe('success');
			const ids = result.items.map((i) => i.json.id);
			expect(ids).toHaveLength(100);
			expect(new Set(ids).size).toBe(100);
			expect(await pages()).toEqual(['limit:100/', 'limit:100/offset:100/']);
		}, 30_000);

		it('newResults "ignored": Return All with New Results reads on by offset once the first page repeats', async () => {
			const added = await addResults(105);
			await world.mock.variant('parley', { newResults: 'ignored' });
			const result = await searchAll({ newResults: 'true' });
			expect(result.status).toBe('success');
			const ids = result.items.map((i) => i.json.id as number);
			expect(new Set(ids).size).toBe(ids.length);
			expect(ids).toEqual(expect.arrayContaining(added));
			expect((await pages()).map((p) => p.replace(/new\+results:true\//, ''))).toEqual(['limit:100/', 'limit:100/', 'limit:100/offset:100/']);
		}, 30_000);

		it('newResults "marks-seen" (default): Return All with New Results stays at offset 0', async () => {
			const added = await addResults(105);
			const result = await searchAll({ newResults: 'true' });
			expect(result.items.map((i) => i.json.id)).toEqual(expect.arrayContaining(added));
			expect(await pages()).toEqual(['limit:100/', 'limit:100/']);
		}, 30_000);

		it('searchOffset "ignored": the trigger emits a page per poll and loses nothing', async () => {
			await world.mock.variant('parley', { searchOffset: 'ignored' });
			const poller = pollingTrigger(world.engine, { type: 'parleyTrigger', parameters: { searchProfile: { mode: 'list', value: 'Brand Monitoring' }, simplify: false } as INodeParameters });
			await poller.poll();
			const added = await addResults(102);
			const first = (await poller.poll())![0].map((i) => i.json.id);
			const second = (await poller.poll())![0].map((i) => i.json.id);
			expect([...first, ...second]).toEqual(added);
			expect(first).toHaveLength(100);
		}, 30_000);
	});

	describe('token request: where grant_type must stand', () => {
		// The credential as shipped (the package the harness loads): its default Access Token URL's query, on the mock's token endpoint.
		const shipped = () => {
			const packageDir = resolve(PACKAGE_ROOT, process.env.OMNICHANNEL_PACKAGE_DIR ?? '.');
			// eslint-disable-next-line @typescript-eslint/no-require-imports
			const { ParleyOAuth2Api } = require(resolve(packageDir, 'dist/credentials/ParleyOAuth2Api.credentials.js'));
			const url = new ParleyOAuth2Api().properties.find((p: { name: string }) => p.name === 'accessTokenUrl').default as string;
			return { ...world.credential, accessTokenUrl: `${world.credential.accessTokenUrl}${new URL(url).search}` };
		};

		it.each(['either', 'query', 'body'])('tokenGrantType "%s": the shipped credential gets a token and calls the API', async (tokenGrantType) => {
			await world.mock.variant('parley', { tokenGrantType });
			const credential = shipped();
			expect(new URL(credential.accessTokenUrl).searchParams.get('grant_type')).toBe('client_credentials');
			expect(await world.engine.testCredential('parleyOAuth2Api', credential)).toEqual({ status: 'OK', message: 'Connection successful!' });
			const engine = await world.engineWith({ accessTokenUrl: credential.accessTokenUrl });
			const result = await world.run('configuration', 'get', {}, { engine });
			expect(result.status).toBe('success');
			const [token] = (await world.requests({ path: '/oauth/' })) as Array<{ query?: unknown; body: unknown }>;
			expect(token.query).toEqual({ grant_type: 'client_credentials' });
			expect(token.body).toMatchObject({ grant_type: 'client_credentials' });
		});

		it('tokenGrantType "query" refuses a token URL without it (the variant is real)', async () => {
			await world.mock.variant('parley', { tokenGrantType: 'query' });
			const result = await world.engine.testCredential('parleyOAuth2Api', world.credential);
			expect(result.status).toBe('Error');
			const [token] = await world.requests({ path: '/oauth/' });
			expect(token.status).toBe(400);
		});
	});
});
