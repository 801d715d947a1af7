import { spotlerWorld } from './world';

describe('Spotler › Conversation: read, close/reopen, hand over, labels, read state', () => {
	const w = spotlerWorld();
	const update = (changes: Record<string, unknown>, engine?: Parameters<typeof w.run>[3]) =>
		w.run('conversation', 'update', { channel: w.channel(), contact: w.samples.contactJid, ...changes }, engine);
	const stored = async () => (await w.state()).conversations.find((c: any) => c.contactJid === w.samples.contactJid);
	const lastPatch = async () => (await w.requests({ method: 'PATCH' })).at(-1)!;

	it('reads a conversation', async () => {
		const result = await w.run('conversation', 'get', { channel: w.channel(), contact: w.samples.contactJid });
		expect(result.items[0].json).toMatchObject({
			channel: { jid: w.samples.channelJid },
			contact: { jid: w.samples.contactJid },
			status: 'OPEN',
			assignee: w.samples.assistantJid,
			labels: [],
			unreadCount: 1,
		});
		expect(result.items[0].json.messages).toBeUndefined();
	});

	it('closes and reopens', async () => {
		const closed = await update({ status: 'CLOSED' });
		expect((await lastPatch()).body).toEqual({ status: 'CLOSED' });
		expect(closed.items[0].json).toMatchObject({ status: 'CLOSED' });
		expect(closed.items[0].json.id).toBeUndefined();
		expect((await stored()).status).toBe('CLOSED');
		await update({ status: 'OPEN' });
		expect((await stored()).status).toBe('OPEN');
	});

	it('hands over to an agent, to an assistant, to all agents, and to a team', async () => {
		await update({ handOver: 'agent', agent: { mode: 'list', value: w.samples.agentEmail } });
		expect((await lastPatch()).body).toEqual({ assignee: w.samples.agentEmail });
		expect((await stored()).assignee).toBe(w.samples.agentEmail);

		await update({ handOver: 'agents' });
		expect((await lastPatch()).body).toEqual({ assignee: null });
		expect((await stored()).assignee).toBeNull();

		await update({ handOver: 'assistant', assistant: { mode: 'id', value: w.samples.assistantJid } });
		expect((await stored()).assignee).toBe(w.samples.assistantJid);

		const team = await update({ teamAction: 'set', team: { mode: 'id', value: w.samples.teamJid } });
		expect((await lastPatch()).body).toEqual({ team: w.samples.teamJid });
		expect(team.items[0].json.team).toEqual({ jid: w.samples.teamJid });
		await update({ teamAction: 'remove' });
		expect((await stored()).team).toBeNull();
	});

	it('adds, removes, replaces and clears labels (adding reads the current ones first)', async () => {
		const [support, sales, complaint] = (await w.state()).labels.map((l: any) => l.jid);
		await update({ labelAction: 'set', labels: [support] });
		expect((await lastPatch()).body).toEqual({ labels: [support] });
		await update({ labelAction: 'add', labels: [sales, complaint] });
		expect((await lastPatch()).body).toEqual({ labels: [support, sales, complaint] });
		await update({ labelAction: 'remove', labels: [sales] });
		expect((await stored()).labels).toEqual([support, complaint]);
		await update({ labelAction: 'clear' });
		expect((await lastPatch()).body).toEqual({ labels: [] });
		expect((await stored()).labels).toEqual([]);
		const unknown = await update({ labelAction: 'set', labels: ['1@label.eazy.im'] });
		expect(unknown.error?.httpCode).toBe('404');
	});

	it('marks as read with unreadCount null and as unread with unreadCount 0, as the doc says', async () => {
		await update({ readState: 'read' });
		expect((await lastPatch()).body).toEqual({ unreadCount: null });
		expect((await stored()).unreadCount).toBeNull();
		await update({ readState: 'unread' });
		expect((await lastPatch()).body).toEqual({ unreadCount: 0 });
		expect((await stored()).unreadCount).toBe(0);
	});

	it('combines several changes in one request, and refuses an update that changes nothing', async () => {
		await update({ status: 'CLOSED', readState: 'read', handOver: 'agents' });
		expect((await lastPatch()).body).toEqual({ status: 'CLOSED', assignee: null, unreadCount: null });
		const nothing = await update({});
		expect(nothing.error?.message).toContain('changes nothing');
	});
});
