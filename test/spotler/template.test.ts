import { spotlerWorld } from './world';

describe('Spotler › Template', () => {
	const w = spotlerWorld();
	const at = (extra: Record<string, unknown> = {}) => ({ channel: w.channel(), ...extra });

	it('creates a template (pending review), lists templates with translations, deletes one', async () => {
		const created = await w.run(
			'template',
			'create',
			at({
				templateName: 'ticket',
				templateLanguage: 'en',
				category: 'TRANSACTIONAL',
				bodyText: 'This is your ticket for {{1}}.',
				additionalFields: { headerFormat: 'DOCUMENT', footerText: 'Questions? Just send us a message', quickReplies: { button: [{ text: 'Confirm' }, { text: 'Reschedule' }] } },
			}),
		);
		expect(created.status).toBe('success');
		expect((await w.requests({ method: 'POST' }))[0].body).toEqual({
			category: 'TRANSACTIONAL',
			language: 'en',
			name: 'ticket',
			components: [
				{ type: 'HEADER', format: 'DOCUMENT' },
				{ type: 'BODY', text: 'This is your ticket for {{1}}.' },
				{ type: 'FOOTER', text: 'Questions? Just send us a message' },
				{
					type: 'BUTTONS',
					buttons: [
						{ text: 'Confirm', type: 'QUICK_REPLY' },
						{ text: 'Reschedule', type: 'QUICK_REPLY' },
					],
				},
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
