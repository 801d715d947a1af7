import { spotlerWorld } from './setup';

const enc = encodeURIComponent;

describe('Spotler › channel resources (automated messages, blacklist, channels, comments, contacts, lists, notes, profile, templates, webhooks)', () => {
	const w = spotlerWorld();
	const at = (extra: Record<string, unknown> = {}) => ({ channel: w.channel(), ...extra });

	describe('Automated Message', () => {
		it('gets many, gets one and updates one', async () => {
			const all = await w.run('automatedMessage', 'getAll', at({ returnAll: true }));
			expect(all.items.map((i) => i.json.type)).toEqual(['AWAY', 'GREETING']);
			const one = await w.run('automatedMessage', 'get', at({ automatedMessageType: 'GREETING' }));
			expect(one.items[0].json).toMatchObject({ type: 'GREETING', enabled: true });
			const updated = await w.run('automatedMessage', 'update', at({ automatedMessageType: 'AWAY', updateFields: { enabled: false, body: 'Back Monday' } }));
			expect(updated.items[0].json).toMatchObject({ type: 'AWAY', enabled: false, body: 'Back Monday', updatedAt: expect.any(String) });
			expect((await w.requests({ method: 'PATCH' }))[0].path).toBe(`/channels/${enc(w.samples.channelJid)}/automated-messages/AWAY`);
			expect((await w.state()).automatedMessages[w.samples.channelJid][0].enabled).toBe(false);
		});
	});

	describe('Blacklist', () => {
		it('blocks by phone number, lists and unblocks', async () => {
			const phone = `+${w.samples.contactJid.split('@')[0]}`;
			const added = await w.run('blacklist', 'add', at({ contact: phone }));
			expect(added.items[0].json).toEqual({ success: true });
			expect((await w.requests({ method: 'POST' }))[0]).toMatchObject({ status: 204, path: `/channels/${enc(w.samples.channelJid)}/contacts/blacklist/${enc(w.samples.contactJid)}` });
			const list = await w.run('blacklist', 'getAll', at({ returnAll: true }));
			expect(list.items.map((i) => i.json.jid)).toEqual([w.samples.blacklistedJid, w.samples.contactJid]);
			const removed = await w.run('blacklist', 'remove', at({ contact: w.samples.contactJid }));
			expect(removed.items[0].json).toEqual({ success: true });
			expect((await w.state()).blacklist[w.samples.channelJid]).toEqual([w.samples.blacklistedJid]);
		});
	});

	describe('Channel', () => {
		it('gets many channels and renames one', async () => {
			const all = await w.run('channel', 'getAll', { returnAll: false, limit: 2 });
			expect(all.items).toHaveLength(2);
			expect(all.items[0].json).toMatchObject({ jid: w.samples.channelJid, name: 'WhatsApp', dataRetentionInDays: 90 });
			const renamed = await w.run('channel', 'update', at({ updateFields: { name: 'KLM.com', priority: 2 } }));
			expect(renamed.items[0].json).toMatchObject({ jid: w.samples.channelJid, name: 'KLM.com', priority: 2 });
			expect((await w.state()).channels[0].name).toBe('KLM.com');
		});
	});

	describe('Comment', () => {
		it('comments on a conversation', async () => {
			const result = await w.run('comment', 'create', at({ contact: w.samples.contactJid, body: 'Order #51616 has been delivered' }));
			expect(result.items[0].json.id).toMatch(/^[0-9a-f]{40}$/);
			const conversation = (await w.state()).conversations.find((c: any) => c.contactJid === w.samples.contactJid);
			expect(conversation.comments).toEqual([expect.objectContaining({ id: result.items[0].json.id, body: 'Order #51616 has been delivered' })]);
		});
	});

	describe('Contact', () => {
		it('creates from a phone number, reads, updates metadata and deletes with its notes and conversation', async () => {
			const created = await w.run('contact', 'create', at({ contact: '+31 6 5555 1234', additionalFields: { name: 'John Doe', reference: 'Customer #545', remarks: 'VIP' } }));
			expect(created.items[0].json).toMatchObject({ name: { firstName: 'John', fullName: 'John Doe', lastName: 'Doe' }, phoneNumber: 31655551234, reference: 'Customer #545', remarks: 'VIP', type: 'INDIVIDUAL', metadata: [] });
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

	describe('List', () => {
		it('creates a list, adds and removes participants, lists the lists', async () => {
			const created = await w.run('list', 'create', at({ name: 'Marketing campaign' }));
			const jid = created.items[0].json.jid as string;
			expect(created.items[0].json).toMatchObject({ name: { fullName: 'Marketing campaign' }, type: 'LIST', contacts: [] });
			const added = await w.run('list', 'addParticipant', at({ list: { mode: 'id', value: jid }, contact: w.samples.contactJid }));
			expect(added.items[0].json).toEqual({ success: true });
			const again = await w.run('list', 'addParticipant', at({ list: { mode: 'id', value: jid }, contact: w.samples.contactJid }));
			expect(again.error?.description).toContain('error 1014');
			expect((await w.state()).lists[w.samples.channelJid].find((l: any) => l.jid === jid).participants).toEqual([w.samples.contactJid]);
			const removed = await w.run('list', 'removeParticipant', at({ list: { mode: 'list', value: jid }, contact: w.samples.contactJid }));
			expect(removed.items[0].json).toEqual({ success: true });
			const posts = await w.requests({ method: 'DELETE' });
			expect(posts[0]).toMatchObject({ status: 200, path: `/channels/${enc(w.samples.channelJid)}/lists/${enc(jid)}/participants/${enc(w.samples.contactJid)}` });
			const all = await w.run('list', 'getAll', at({ returnAll: true }));
			expect(all.items.map((i) => (i.json.name as any).fullName)).toEqual(['Newsletter', 'Marketing campaign']);
		});
	});

	describe('Note', () => {
		it('creates, lists, pins and deletes notes', async () => {
			const created = await w.run('note', 'create', at({ contact: w.samples.contactJid, body: 'Customer number #63553', additionalFields: { referenceId: 'CUSTOMER_NUMBER' } }));
			const id = created.items[0].json.id as string;
			expect(created.items[0].json).toMatchObject({ body: 'Customer number #63553', referenceId: 'CUSTOMER_NUMBER', isPinned: false, createdBy: expect.stringMatching(/@ai\.eazy\.im$/) });
			const all = await w.run('note', 'getAll', at({ contact: w.samples.contactJid, returnAll: true }));
			expect(all.items.map((i) => i.json.id)).toEqual([w.samples.noteId, id]);
			const pinned = await w.run('note', 'update', at({ contact: w.samples.contactJid, noteId: id, updateFields: { isPinned: true, body: 'Customer number #63554' } }));
			expect(pinned.items[0].json).toMatchObject({ id, isPinned: true, body: 'Customer number #63554', updatedAt: expect.any(String) });
			const deleted = await w.run('note', 'delete', at({ contact: w.samples.contactJid, noteId: id }));
			expect(deleted.items[0].json).toEqual({ success: true });
			expect(Object.values((await w.state()).notes).flat().map((n: any) => n.id)).toEqual([w.samples.noteId]);
		});
	});

	describe('Profile', () => {
		it('reads, partly updates (merging) and replaces the WhatsApp Business profile', async () => {
			const read = await w.run('profile', 'get', at());
			expect(read.items[0].json).toMatchObject({ about: 'Welcome! We are here to help you 24/7', name: 'WhatsApp', businessProfile: { websites: [expect.any(String)] } });
			const address = (read.items[0].json.businessProfile as any).address;

			const patched = await w.run('profile', 'update', at({ updateFields: { email: 'support@your-company.com' } }));
			expect((await w.requests({ method: 'PATCH' }))[0].body).toEqual({ businessProfile: { email: 'support@your-company.com' } });
			expect(patched.items[0].json).toMatchObject({ businessProfile: { email: 'support@your-company.com', address } });

			const replaced = await w.run('profile', 'replace', at({ about: 'Open 9 to 5', businessProfile: { description: 'Bikes', websites: 'https://a.example, https://b.example' } }));
			expect((await w.requests({ method: 'POST' }))[0].body).toEqual({ about: 'Open 9 to 5', businessProfile: { description: 'Bikes', websites: ['https://a.example', 'https://b.example'] } });
			expect(replaced.items[0].json).toEqual({ about: 'Open 9 to 5', businessProfile: { description: 'Bikes', vertical: null, websites: ['https://a.example', 'https://b.example'] } });

			const noProfile = await w.run('profile', 'get', { channel: w.channel(w.samples.webchatChannelJid) });
			expect(noProfile.error?.httpCode).toBe('404');
		});
	});

	describe('Template', () => {
		it('creates a template (pending review), lists templates with translations, deletes one', async () => {
			const created = await w.run('template', 'create', at({
				templateName: 'ticket',
				templateLanguage: 'en',
				category: 'TRANSACTIONAL',
				bodyText: 'This is your ticket for {{1}}.',
				additionalFields: { headerFormat: 'DOCUMENT', footerText: 'Questions? Just send us a message', quickReplies: { button: [{ text: 'Confirm' }, { text: 'Reschedule' }] } },
			}));
			expect(created.status).toBe('success');
			expect((await w.requests({ method: 'POST' }))[0].body).toEqual({
				category: 'TRANSACTIONAL',
				language: 'en',
				name: 'ticket',
				components: [
					{ type: 'HEADER', format: 'DOCUMENT' },
					{ type: 'BODY', text: 'This is your ticket for {{1}}.' },
					{ type: 'FOOTER', text: 'Questions? Just send us a message' },
					{ type: 'BUTTONS', buttons: [{ text: 'Confirm', type: 'QUICK_REPLY' }, { text: 'Reschedule', type: 'QUICK_REPLY' }] },
				],
			});
			const all = await w.run('template', 'getAll', at({ returnAll: true }));
			const ticket = all.items.find((i) => i.json.name === 'ticket')!.json;
			expect(ticket).toMatchObject({ category: 'TRANSACTIONAL', namespace: expect.any(String), translations: [{ localeName: 'en', status: 'PENDING' }] });
			expect(all.items.find((i) => i.json.name === 'delivery_notification')!.json.translations).toHaveLength(2);

			const duplicate = await w.run('template', 'create', at({ templateName: 'ticket', templateLanguage: 'en', category: 'TRANSACTIONAL', bodyText: 'x' }));
			expect(duplicate.error?.description).toContain('error 1014');

			const deleted = await w.run('template', 'delete', at({ template: { mode: 'list', value: 'ticket' } }));
			expect(deleted.items[0].json).toEqual({ success: true });
			expect((await w.state()).templates[w.samples.channelJid].templates.map((t: any) => t.name)).not.toContain('ticket');
		});

		it('checks the template name before sending', async () => {
			const result = await w.run('template', 'create', at({ templateName: 'Has Spaces', templateLanguage: 'en', category: 'TRANSACTIONAL', bodyText: 'x' }));
			expect(result.error?.message).toBe('"Name" "Has Spaces" may only hold lower-case letters, digits and underscores (item 0)');
			expect(await w.requests()).toHaveLength(0);
		});
	});

	describe('Webhook', () => {
		it('creates with headers, lists, updates and deletes a webhook', async () => {
			const created = await w.run('webhook', 'create', at({
				url: 'https://your.company.com/webhook',
				events: ['message', 'receipt'],
				additionalFields: { enabled: true, headers: { header: [{ name: 'Authorization', value: 'Bearer SomeApiKey' }] } },
			}));
			const id = created.items[0].json.id as string;
			expect(created.items[0].json).toMatchObject({ url: 'https://your.company.com/webhook', events: ['message', 'receipt'], headers: { Authorization: 'Bearer SomeApiKey' }, enabled: true });
			const all = await w.run('webhook', 'getAll', at({ returnAll: true }));
			expect(all.items.map((i) => i.json.id)).toEqual([id]);
			const updated = await w.run('webhook', 'update', at({ webhookId: id, updateFields: { url: 'https://your.company.com/new-webhook', events: ['echo'] } }));
			expect(updated.items[0].json).toMatchObject({ id, url: 'https://your.company.com/new-webhook', events: ['echo'], updatedAt: expect.any(String) });
			const deleted = await w.run('webhook', 'delete', at({ webhookId: id }));
			expect(deleted.items[0].json).toEqual({ success: true });
			expect((await w.state()).webhooks[w.samples.channelJid]).toEqual([]);
		});
	});
});
