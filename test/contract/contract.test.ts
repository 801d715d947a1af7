/**
 * The documents' own examples, run against the mock and through the nodes (see README.md here).
 * A request example must get the documented status and every member the documented answer shows;
 * a documented answer must come out of the node that reads it as items, never as a crash; a
 * documented push must come out of its trigger as items, never be dropped in silence.
 */
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { Engine, startMock, TriggerHarness, type MockClient } from '../harness';
import { CRASH, loadCorpus, missingMembers, pathGlob, substitute, type ContractExample, type ContractFile } from './corpus';

const CREDENTIAL_TYPE: Record<string, string> = {
	mehery: 'meheryApi',
	parley: 'parleyOAuth2Api',
	social25: 'social25Api',
	spotler: 'spotlerApi',
	wabbit: 'wabbitApi',
};

/** Headers that carry auth; the mock's live ones replace what a document printed. */
const AUTH_HEADERS = /^(authorization|x-api-key|x-api-id|x-auth-token|api-key)$/i;

type Live = { samples: Record<string, unknown>; credential: ICredentialDataDecryptedObject };

const corpus: ContractFile[] = loadCorpus();
const tally: Record<string, { found: number; passing: number; excused: number }> = {};

let mock: MockClient;

beforeAll(async () => {
	mock = await startMock();
});
afterAll(async () => {
	await mock?.close();
	const rows = Object.entries(tally).map(([p, t]) => `  ${p.padEnd(9)} ${t.found} found, ${t.passing} passing, ${t.excused} failing with a written reason`);
	const total = Object.values(tally).reduce((a, t) => ({ found: a.found + t.found, passing: a.passing + t.passing, excused: a.excused + t.excused }), { found: 0, passing: 0, excused: 0 });
	console.log(`Documents' own examples: ${total.found} found, ${total.passing} passing, ${total.excused} with a written reason\n${rows.join('\n')}`);
});

async function live(provider: string): Promise<Live> {
	const all = await mock.credentials(provider);
	return { samples: all.samples ?? {}, credential: all.credential ?? {} };
}

/** Sends a request example; returns what is wrong with the answer (empty when it matches the document). */
async function checkRequest(provider: string, example: ContractExample): Promise<string[]> {
	const request = example.request!;
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(request.headers ?? {})) {
		if (request.auth === 'as-printed' || !AUTH_HEADERS.test(name)) headers[name] = value;
	}
	if (request.auth !== 'as-printed') Object.assign(headers, mock.server.provider(provider).authHeaders?.() ?? {});
	let body: string | undefined;
	if (request.form) {
		body = new URLSearchParams(request.form).toString();
		headers['content-type'] ??= 'application/x-www-form-urlencoded';
	} else if (request.body !== undefined) {
		body = JSON.stringify(request.body);
		if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
	}
	const query = request.query ? `?${new URLSearchParams(request.query).toString()}` : '';
	let response: Response;
	try {
		response = await fetch(`${mock.url}/${provider}${request.path}${query}`, { method: request.method, headers, body });
	} catch (error) {
		// e.g. a printed GET with a body, which fetch refuses to send: the example fails, the suite goes on.
		return [`could not be sent as printed: ${(error as Error).message}`];
	}
	const text = await response.text();
	let answer: unknown = text;
	try {
		answer = text ? JSON.parse(text) : undefined;
	} catch {
		// not JSON: compared as text below
	}
	const problems: string[] = [];
	const expected = example.response?.status;
	if (expected !== undefined ? response.status !== expected : response.status >= 300) {
		problems.push(`status ${response.status}, documented ${expected ?? '2xx'}: ${text.slice(0, 300)}`);
	}
	if (example.response?.body !== undefined) {
		const missing = missingMembers(example.response.body, answer);
		if (missing.length) problems.push(`answer lacks ${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ` and ${missing.length - 8} more` : ''}`);
	}
	return problems;
}

/** Makes the mock play the documented answer, runs the node that reads it, and checks it did not crash. */
async function checkNodeReads(provider: string, example: ContractExample, credential: ICredentialDataDecryptedObject): Promise<string[]> {
	const { request, response, node } = example;
	const [method, path] = node!.route ? node!.route.split(' ') : [request?.method, request?.path];
	if (!method || !path) return ['the example names no route for the node to read (node.route or request)'];
	const status = response?.status ?? 200;
	// A documented error is played for as long as the node asks (its retries and n8n's re-send after a
	// 401 hear the same answer, as from the real service); a documented success once.
	const fault = await mock.fault({ provider, method, path: pathGlob(path), status, body: response?.body ?? {}, ...(status < 400 ? { count: 1 } : {}) });
	const engine = await Engine.create({ credentials: { [CREDENTIAL_TYPE[provider]]: credential } });
	const input = node!.binary
		? [{ json: {}, binary: { data: { data: Buffer.from('contract example file').toString('base64'), mimeType: node!.binary.mimeType, fileName: node!.binary.fileName } } }]
		: undefined;
	const result = await engine.runNode({ type: node!.type, parameters: node!.parameters as never }, input);
	await mock.json('DELETE', `/__control/faults/${fault.id}`);
	const problems: string[] = [];
	const played = (await mock.requests({ provider })).some((r) => r.fault === fault.id);
	if (!played) problems.push(`the node never made the documented request (${method} ${path}): ${result.error?.message ?? 'no error'}`);
	if (result.error && CRASH.test(`${result.error.message} ${result.error.description ?? ''}`)) problems.push(`the node crashed on the documented answer: ${result.error.message}`);
	if (status < 300 && result.status !== 'success') problems.push(`the node failed on a documented success: ${result.error?.message}`);
	if (status < 300 && node!.items === undefined && result.items.length === 0) problems.push('the node put out no item for a documented success');
	if (status < 300 && node!.items !== undefined && result.items.length !== node!.items) problems.push(`the node put out ${result.items.length} items; the documented answer holds ${node!.items}`);
	if (status >= 400 && result.status !== 'error') problems.push(`the node reported success for a documented ${status}`);
	return problems;
}

/** Delivers a documented push to its trigger and checks it comes out as items. */
async function checkPush(provider: string, example: ContractExample, credential: ICredentialDataDecryptedObject): Promise<string[]> {
	const push = example.push!;
	const engine = await Engine.create({ credentials: { [CREDENTIAL_TYPE[provider]]: credential } });
	const harness = new TriggerHarness(engine);
	await harness.start();
	try {
		const active = await harness.activate({ type: push.trigger, parameters: (push.parameters ?? {}) as never });
		if (push.via === 'mock') {
			await mock.simulate(provider, 'verbatim', { body: push.body, headers: push.headers ?? {} });
		} else {
			await fetch(active.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...push.headers }, body: JSON.stringify(push.body) });
		}
		const problems: string[] = [];
		try {
			const [run] = await active.waitForRuns(1, 5_000);
			if (run.status !== 'success') problems.push(`the workflow failed: ${run.error?.message}`);
			else if (run.items.length === 0) problems.push('the trigger put out no item');
			if (run.error && CRASH.test(run.error.message)) problems.push(`the trigger crashed: ${run.error.message}`);
		} catch {
			problems.push(`dropped: no run started; the trigger answered ${JSON.stringify(active.responses.at(-1) ?? 'nothing')}`);
		}
		await active.deactivate();
		return problems;
	} finally {
		await harness.stop();
	}
}

it("every provider has its document's examples", () => {
	expect(corpus.map((file) => file.provider)).toEqual(Object.keys(CREDENTIAL_TYPE));
});

describe.each(corpus.map((file) => [file.provider, file] as const))("%s document's examples", (provider, file) => {
	tally[provider] = { found: file.examples.length, passing: 0, excused: 0 };

	it('has examples, each with a unique id and a line in the document', () => {
		expect(file.examples.length).toBeGreaterThan(0);
		expect(new Set(file.examples.map((e) => e.id)).size).toBe(file.examples.length);
		for (const e of file.examples) expect(e.line).toBeGreaterThan(0);
	});

	it.each(file.examples.map((e) => [`${e.id} (line ${e.line})`, e] as const))('%s', async (_name, printed) => {
		const fresh = async () => {
			await mock.server.reset();
			const state = await live(provider);
			return { state, example: substitute(printed, state) };
		};
		const problems: string[] = [];
		if (printed.request) {
			const { example } = await fresh();
			problems.push(...(await checkRequest(provider, example)));
		}
		if (printed.node) {
			const { example, state } = await fresh();
			problems.push(...(await checkNodeReads(provider, example, state.credential)));
		}
		if (printed.push) {
			const { example, state } = await fresh();
			problems.push(...(await checkPush(provider, example, state.credential)));
		}
		if (!printed.request && !printed.node && !printed.push) problems.push('nothing to run: give it a request, a node that reads the answer, or a push');

		if (printed.reason) {
			// A reason must stay true: an example that passes no longer needs one.
			expect({ id: printed.id, passesDespiteReason: problems.length === 0 }).toEqual({ id: printed.id, passesDespiteReason: false });
			tally[provider].excused++;
			return;
		}
		expect({ id: printed.id, problems }).toEqual({ id: printed.id, problems: [] });
		tally[provider].passing++;
	});
});
