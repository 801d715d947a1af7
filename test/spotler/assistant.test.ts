import { spotlerWorld } from './world';

describe('Spotler › Assistant', () => {
	const w = spotlerWorld();
	const company = (id?: string) => ({ mode: 'id', value: id ?? '' });

	it('gets many assistants and updates one', async () => {
		const list = await w.run('assistant', 'getAll', { company: company(), returnAll: true });
		expect(list.items.map((i) => i.json.jid)).toContain(w.samples.assistantJid);
		const updated = await w.run('assistant', 'update', {
			company: company(),
			assistant: { mode: 'list', value: w.samples.assistantJid },
			updateFields: { description: 'Night shift bot', enabled: false },
		});
		expect(updated.items[0].json).toMatchObject({ jid: w.samples.assistantJid, description: 'Night shift bot', enabled: false });
		const patch = (await w.requests({ method: 'PATCH' }))[0];
		expect(patch.body).toEqual({ description: 'Night shift bot', enabled: false });
		expect((await w.state()).assistants.find((a: any) => a.jid === w.samples.assistantJid).enabled).toBe(false);
	});

	it('answers 1005 when nothing is to be updated', async () => {
		const result = await w.run('assistant', 'update', { company: company(), assistant: { mode: 'id', value: w.samples.assistantJid }, updateFields: {} });
		expect(result.error?.httpCode).toBe('400');
		expect(result.error?.description).toContain('error 1005');
	});
});
