import { TriggerHarness } from '../harness';
import { meheryTriggerWorld } from './world';

describe('Mehery Contact Info Trigger + Contact › Build Contact Info Answer', () => {
	const world = meheryTriggerWorld();

	const answer = {
		type: 'mehery',
		name: 'Answer',
		parameters: {
			resource: 'contact',
			operation: 'buildContactInfoAnswer',
			details: { name: '={{ $json.profile.name }} (VIP)', email: 'vip@example.com', profileId: '=CRM-{{ $json.contactId.slice(-4) }}' },
			labels: {
				label: [
					{ key: 'CUSTOMER_TYPE', value: 'Platinum', name: 'Customer Type', type: 'TEXT' },
					{ key: 'SINCE', value: '01/31/20', type: 'DATE' },
				],
			},
		},
	};

	it('answers the contact-info request with what the workflow computed; the mock stores and applies it', async () => {
		const active = await world.harness.activate({ type: 'meheryContactInfoTrigger', parameters: {} }, { nodes: [answer] });
		// Stands for the console setting: Mehery now asks this trigger for contact details.
		expect((await world.mock.json('PUT', '/__control/mehery/contact-info-url', { url: active.webhookUrl })).status).toBe(200);
		const before = (await world.state()).contacts.find((c: any) => c.contactId === world.samples.contactId);

		const result = await world.mock.simulate('mehery', 'contactInfo', { contactId: world.samples.contactId });
		const [run] = await active.waitForRuns(1);
		expect(run.outputOf('Mehery Contact Info Trigger')[0].json).toMatchObject({
			contactId: world.samples.contactId,
			channelId: world.samples.channelId,
			contactType: 'WHATSAPP',
			profile: { name: before.name },
		});
		expect(result.delivery.headers['x-verify-token']).toBe('[redacted]');

		const expected = {
			name: `${before.name} (VIP)`,
			email: 'vip@example.com',
			profileId: `CRM-${world.samples.contactId.slice(-4)}`,
			labels: [
				{ key: 'CUSTOMER_TYPE', value: 'Platinum', name: 'Customer Type', type: 'TEXT' },
				{ key: 'SINCE', value: '01/31/20', type: 'DATE', format: 'MM/DD/YY' },
			],
		};
		expect(result.answer).toEqual(expected);
		expect(result.applied).toBe(true);
		const state = await world.state();
		expect(state.contactInfoAnswers).toEqual([{ contactId: world.samples.contactId, answer: expected, applied: true }]);
		expect(state.contacts.find((c: any) => c.contactId === world.samples.contactId)).toMatchObject({
			name: expected.name,
			email: 'vip@example.com',
			profileId: expected.profileId,
			labels: expected.labels,
		});
		await active.deactivate();
	});

	it('refuses a request without the right verify token (401) and runs nothing', async () => {
		const active = await world.harness.activate({ type: 'meheryContactInfoTrigger', parameters: {} }, { nodes: [answer] });
		const body = { contactId: world.samples.contactId, channelId: world.samples.channelId, contactType: 'WHATSAPP' };
		for (const headers of [{}, { 'x-verify-token': 'forged' }] as Array<Record<string, string>>) {
			const response = await fetch(active.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
			expect(response.status).toBe(401);
		}
		expect(active.runs).toHaveLength(0);
		await active.deactivate();
	});

	it('refuses to activate without a verify token in the credential (every request would be refused)', async () => {
		const noToken = await world.engineWith({ verifyToken: '' });
		const other = new TriggerHarness(noToken);
		await other.start();
		try {
			await expect(other.activate({ type: 'meheryContactInfoTrigger', parameters: {} })).rejects.toThrow('Set the Webhook Verify Token in the Mehery credential');
		} finally {
			await other.stop();
		}
	});

	it('Build Contact Info Answer names an item whose label has no key', async () => {
		const result = await world.engine.runNode({ ...answer, parameters: { ...answer.parameters, details: {}, labels: { label: [{ key: '', value: 'x' }] } }, continueOnFail: true });
		expect(String(result.items[0].json.error)).toContain('"Labels" label 1 needs a Key (item 0)');
	});
});
