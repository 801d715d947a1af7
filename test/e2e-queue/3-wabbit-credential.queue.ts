import { credentialFor, line, mockControl, packageNode, publicApi, queueRun, restSession, sleep, StackControl, waitForEnded, webhookNode } from './context';

/**
 * Wabbit's username/password credential when consecutive executions land on different workers:
 * the token from the first exchange is stored by n8n in the credential (PostgreSQL, encrypted)
 * and the other worker reuses it; nothing is kept in a process's memory.
 */
const run = queueRun();
const api = publicApi(run);
const mock = mockControl(run);
const control = new StackControl(run);

it('one token exchange for executions on both workers; every call carried that token', async () => {
	await mock.json('POST', '/__control/reset');
	const credential = credentialFor(run, 'wabbit');
	// Start with no stored token (earlier files' executions stored one): the credential as the mock
	// gives it, the hidden session token emptied.
	const fromMock = (await (await fetch(`${run.mockUrl}/__control/credentials`)).json()).wabbit.credential;
	expect(fromMock.authentication).toBe('password');
	await restSession(run).call('PATCH', `/credentials/${credential.id}`, { name: credential.name, type: credential.type, data: { ...fromMock, sessionToken: '' } });
	const path = `queue-wabbit-${Date.now()}`;
	const created = await api.createWorkflow({
		name: `queue wabbit credential ${Date.now()}`,
		nodes: [
			webhookNode(path),
			packageNode(
				run,
				'wabbit',
				'List Chats',
				{ resource: 'chat', operation: 'getMany', returnAll: false, limit: 5 },
				{
					credentials: { [credential.type]: { id: credential.id, name: credential.name } },
					position: [220, 0],
				},
			),
		],
		connections: line('Webhook', 'List Chats'),
	});
	try {
		expect((await api.activate(created.id)).active).toBe(true);
		await sleep(2_000);
		// One execution at a time, until both workers have run at least one (at most 16).
		const ran: Record<string, string> = {};
		for (let i = 1; i <= 16; i++) {
			const response = await fetch(`${run.webhookUrl}/webhook/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ i }) });
			expect(response.status).toBe(200);
			const executions = await waitForEnded(run, created.id, i, 120_000);
			expect(executions.filter((e) => e.status === 'success')).toHaveLength(i);
			for (const e of executions) if (!ran[e.id]) ran[e.id] = (await control.workerOf(e.id)).join(',');
			if (new Set(Object.values(ran)).size >= 2 && i >= 4) break;
		}
		expect(new Set(Object.values(ran))).toEqual(new Set(run.workers));

		const requests = await mock.requests({ provider: 'wabbit' });
		const exchanges = requests.filter((r) => r.method === 'POST' && /\/auth\/token\/?$/.test(r.path));
		const listCalls = requests.filter((r) => r.method === 'GET' && /\/chats\/?/.test(r.path));
		expect({ exchanges: exchanges.length, listCalls: listCalls.length, allAnswered: listCalls.every((r) => r.status === 200) }).toEqual({
			exchanges: 1,
			listCalls: Object.keys(ran).length,
			allAnswered: true,
		});
	} finally {
		await api.deactivate(created.id).catch(() => undefined);
		await api.deleteWorkflow(created.id).catch(() => undefined);
	}
}, 600_000);
