import { wabbitWorld } from './world';

describe('Wabbit › Template (through the n8n engine, against the mock)', () => {
	const t = wabbitWorld();

	it('Template › Create (admins) builds components; Get Many lists them', async () => {
		const created = await t.run('template', 'create', {
			name: 'payment_due',
			category: 'PAYMENT_UPDATE',
			language: 'en',
			bodyText: 'Hi {{1}}, {{2}} is due.',
			additionalFields: { footerText: 'ACME' },
		});
		expect(created.items[0].json).toMatchObject({ name: 'payment_due', category: 'PAYMENT_UPDATE', status: 'submitted' });
		const [request] = await t.apiRequests({ method: 'POST' });
		expect(request.body.components).toEqual([
			{ type: 'BODY', text: 'Hi {{1}}, {{2}} is due.' },
			{ type: 'FOOTER', text: 'ACME' },
		]);
		const list = await t.run('template', 'getMany', { returnAll: true });
		expect(list.items.map((i) => `${i.json.name}/${i.json.language}`)).toEqual([
			'order_shipped/en',
			'appointment_reminder/en',
			'order_shipped/nl',
			'spring_sale/en',
			'payment_received/en',
			'payment_due/en',
		]);

		const anna = await t.engineWithToken(t.credentials.tokens.user);
		const denied = await t.run('template', 'create', { name: 'x', category: 'ALERT_UPDATE', language: 'en', bodyText: 'x' }, { engine: anna });
		expect(denied.error?.httpCode).toBe('403');
	});
});
