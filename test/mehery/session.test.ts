import type { INodeParameters } from 'n8n-workflow';

import { meheryWorld } from './world';

describe('Mehery › Session (close, resolve, route, get messages)', () => {
	const world = meheryWorld();

	const run = (operation: string, parameters: INodeParameters) => world.run('session', operation, parameters);
	/** A customer writes in: that opens a session. */
	const inbound = async (text = 'Hello') => (await world.mock.simulate('mehery', 'message', { contactId: world.samples.contactId, text })).sessionId as string;
	const session = async (sessionId: string) => (await world.state()).sessions.find((s: any) => s.sessionId === sessionId);

	it("Get Messages lists the session's messages in order, inbound and outbound", async () => {
		const sessionId = await inbound('Where is my order?');
		await world.engine.runNode({ type: 'mehery', parameters: world.messageToContact({ messageType: 'text', text: 'On its way' }) });
		const result = await run('getMessages', { sessionId, returnAll: true });
		expect(result.status).toBe('success');
		expect(result.items.map((i) => [i.json.sender, i.json.text])).toEqual([
			['CONTACT', 'Where is my order?'],
			['API', 'On its way'],
		]);
		const [request] = await world.requests({ path: '/api/v1/session/messages' });
		expect(request.body).toEqual({ sessionId });
	});

	it('Close closes the session (SESSION_CLOSED); the next inbound message starts a new one; closing twice is refused', async () => {
		const sessionId = await inbound();
		const result = await run('close', { sessionId });
		expect(result.items[0].json).toMatchObject({ eventCode: 'SESSION_CLOSED', sessionId, contactId: world.samples.contactId });
		expect((await session(sessionId)).status).toBe('CLOSED');
		expect(await inbound('again')).not.toBe(sessionId);

		const twice = await run('close', { sessionId });
		expect(twice.error?.httpCode).toBe('400');
		expect(twice.error?.message).toBe(`Session ${sessionId} is already closed`);
	});

	it("Resolve marks the session resolved (SESSION_RESOLVED); the customer's next message reopens the same session", async () => {
		const sessionId = await inbound();
		const result = await run('resolve', { sessionId });
		expect(result.items[0].json).toMatchObject({ eventCode: 'SESSION_RESOLVED', session: { resolved: true } });
		expect((await session(sessionId)).status).toBe('RESOLVED');
		expect(await inbound('one more thing')).toBe(sessionId);
		expect((await session(sessionId)).status).toBe('ACTIVE');
	});

	it('Route assigns queue, agent, team and skills (SESSION_ROUTED); later inbound messages carry them', async () => {
		const sessionId = await inbound();
		const result = await run('route', {
			sessionId,
			queue: 'DENTAL',
			assignment: { agent: 'dr_ada', team: 'clinic', skills: ['dental', 'ortho'] },
			routingParameters: { parameter: [{ name: 'priority', value: 'high' }] },
		});
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({
			eventCode: 'SESSION_ROUTED',
			sessionRouted: { sourceQueue: 'SUPPORT', targetQueue: 'DENTAL', params: { priority: 'high' } },
			sessionAssigned: { oldAgent: '', newAgent: 'dr_ada', newDept: 'clinic' },
		});
		const [request] = await world.requests({ path: '/api/v1/session/routing' });
		expect(request.body).toEqual({ sessionId, queue: 'DENTAL', agent: 'dr_ada', team: 'clinic', skills: ['dental', 'ortho'], params: { priority: 'high' } });
		expect(await session(sessionId)).toMatchObject({ queue: 'DENTAL', agent: 'dr_ada', team: 'clinic', skills: ['dental', 'ortho'] });

		const next = await world.mock.simulate('mehery', 'message', { contactId: world.samples.contactId, text: 'hi doctor' });
		expect(next.message.session).toMatchObject({ sessionId, assignedToDept: 'DENTAL', assignedToAgent: 'dr_ada' });
	});

	it("an unknown session is a 404 in Mehery's wrapper", async () => {
		const result = await run('resolve', { sessionId: '000000000000000000000000' });
		expect(result.error?.httpCode).toBe('404');
		expect(result.error?.message).toBe('Session 000000000000000000000000 not found');
	});
});
