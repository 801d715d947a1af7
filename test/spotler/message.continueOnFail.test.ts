import { spotlerWorld } from './world';

describe('Spotler › Continue On Fail with good and bad items mixed', () => {
	const w = spotlerWorld();

	it('sends a template to each item: good ones go out, each bad one becomes an error item in place', async () => {
		const result = await w.run(
			'message',
			'send',
			{
				channel: w.channel(),
				contact: '={{ $json.to }}',
				messageType: 'template',
				template: { mode: 'id', value: '={{ $json.template }}' },
				templateLanguage: 'en',
				templateParameters: { parameter: [{ value: '={{ $json.name }}' }, { value: '#1' }, { value: 'today' }] },
			},
			{
				continueOnFail: true,
				typeVersion: 1,
				items: [
					{ json: { to: w.samples.contactJid, template: 'delivery_notification', name: 'Ada' } },
					{ json: { to: w.samples.blacklistedJid, template: 'delivery_notification', name: 'Blocked' } },
					{ json: { to: 'not a number', template: 'delivery_notification', name: 'Typo' } },
					{ json: { to: w.samples.contactJid, template: 'no_such_template', name: 'Ada' } },
					{ json: { to: w.samples.contactJid, template: 'delivery_notification', name: '' } },
					{ json: { to: w.samples.contactJidOutsideCareWindow, template: 'delivery_notification', name: 'Late' } },
				],
			},
		);
		expect(result.status).toBe('success');
		const outcome = result.items.map((i) => (i.json.id ? 'sent' : String(i.json.error)));
		expect(outcome).toEqual([
			'sent',
			expect.stringMatching(/^Message rejected: the contact is blacklisted \(traceId [0-9a-f]{6}\)$/),
			'"Contact" "not a number" is not a phone number (8 to 15 digits, international format) or a JID (item 2)',
			expect.stringMatching(/^Template name does not exist: no_such_template \(traceId [0-9a-f]{6}\)$/),
			'"Parameters" value 1 is empty (item 4)',
			'sent',
		]);
		const accepted = (await w.requests({ method: 'POST' })).filter((r) => r.status === 201);
		expect(accepted.map((r) => r.body.message.template.parameters[0])).toEqual(['Ada', 'Late']);
		expect(accepted).toHaveLength(2);
	});

	it('creates contacts in bulk: new ones are created, duplicates and numbers without WhatsApp fail alone', async () => {
		const result = await w.run(
			'contact',
			'create',
			{ channel: w.channel(), contact: '={{ $json.phone }}', additionalFields: { name: '={{ $json.name }}' } },
			{
				continueOnFail: true,
				items: [
					{ json: { phone: '+31 6 1111 2222', name: 'New One' } },
					{ json: { phone: w.samples.contactJid, name: 'Existing' } },
					{ json: { phone: '+31 6 1111 0000', name: 'No WhatsApp' } },
					{ json: { phone: '+31 6 1111 3333', name: 'New Two' } },
				],
			},
		);
		expect(result.items.map((i) => i.json.error ?? (i.json.name as any).fullName)).toEqual([
			'New One',
			expect.stringMatching(new RegExp(`^Already exists: contact ${w.samples.contactJid.replace(/\./g, '\\.')} \\(traceId [0-9a-f]{6}\\)$`)),
			expect.stringMatching(/^User does not have WhatsApp \(traceId [0-9a-f]{6}\)$/),
			'New Two',
		]);
		const jids = (await w.state()).contacts[w.samples.channelJid].map((c: any) => c.jid);
		expect(jids).toEqual(expect.arrayContaining(['31611112222@whatsapp.eazy.im', '31611113333@whatsapp.eazy.im']));
		expect(jids).not.toContain('31611110000@whatsapp.eazy.im');
	});
});
