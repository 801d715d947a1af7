import { spotlerWorld } from './world';

describe('Spotler › Contact', () => {
	const w = spotlerWorld();
	const at = (extra: Record<string, unknown> = {}) => ({ channel: w.channel(), ...extra });

	it('creates from a phone number, reads, updates metadata and deletes with its notes and conversation', async () => {
		const created = await w.run('contact', 'create', at({ contact: '+31 6 5555 1234', additionalFields: { name: 'John Doe', reference: 'Customer #545', remarks: 'VIP' } }));
		expect(created.items[0].json).toMatchObject({
			name: { firstName: 'John', fullName: 'John Doe', lastName: 'Doe' },
			phoneNumber: 31655551234,
			reference: 'Customer #545',
			remarks: 'VIP',
			type: 'INDIVIDUAL',
			metadata: [],
		});
		expect((await w.requests({ method: 'POST' }))[0].body).toEqual({ jid: '31655551234@whatsapp.eazy.im', name: 'John Doe', reference: 'Customer #545', remarks: 'VIP' });

		const duplicate = await w.run('contact', 'create', at({ contact: '31655551234@whatsapp.eazy.im' }));
		expect(duplicate.error?.description).toContain('error 1014');

		const updated = await w.run('contact', 'update', at({ contact: '31655551234', updateFields: { name: 'Johnny Doe', metadata: { entry: [{ key: 'title', value: 'Mr.' }] } } }));
		expect(updated.items[0].json).toMatchObject({ name: { fullName: 'Johnny Doe' }, metadata: { title: 'Mr.' } });

		const read = await w.run('contact', 'get', at({ contact: w.samples.contactJid }));
		expect(read.items[0].json.notes).toEqual([expect.objectContaining({ id: w.samples.noteId })]);
		expect((read.items[0].json.notes as any[])[0].isPinned).toBeUndefined();

		const deleted = await w.run('contact', 'delete', at({ contact: w.samples.contactJid }));
		expect(deleted.items[0].json).toEqual({ success: true });
		const state = await w.state();
		expect(state.contacts[w.samples.channelJid].map((c: any) => c.jid)).not.toContain(w.samples.contactJid);
		expect(state.conversations.find((c: any) => c.contactJid === w.samples.contactJid)).toBeUndefined();
		expect(Object.keys(state.notes).some((k) => k.endsWith(w.samples.contactJid))).toBe(false);
		const gone = await w.run('note', 'getAll', at({ contact: w.samples.contactJid, returnAll: true }));
		expect(gone.error?.httpCode).toBe('404');
	});
});
