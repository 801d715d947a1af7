import { Engine, startMock, type MockClient } from '../harness';
import { meheryCredentials, type MeherySamples } from './helpers';

describe('Mehery › Contact, Data, Event', () => {
	let mock: MockClient;
	let engine: Engine;
	let samples: MeherySamples;

	beforeAll(async () => {
		mock = await startMock();
		const creds = await meheryCredentials(mock);
		samples = creds.samples;
		engine = await Engine.create({ credentials: { meheryApi: creds.credential } });
	});
	afterAll(() => mock.close());
	beforeEach(() => mock.server.reset());

	const run = (resource: string, operation: string, parameters: Record<string, unknown> = {}, continueOnFail = false) =>
		engine.runNode({ type: 'mehery', parameters: { resource, operation, ...parameters }, continueOnFail });

	it('Contact › Set Language Preference sends a code from the language list and the contact keeps it', async () => {
		const result = await run('contact', 'setLanguage', { contactId: samples.contactId, lang: 'HI' });
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ eventCode: 'CONTACT_LANG_UPDATED', contactId: samples.contactId });
		const [request] = await mock.requests({ provider: 'mehery', path: '/api/v1/contact/prefs/lang' });
		expect(request.body).toEqual({ contactId: samples.contactId, lang: 'HI' });
		expect((await mock.state('mehery')).contacts.find((c: any) => c.contactId === samples.contactId).lang).toBe('HI');
	});

	it('offers the doc\'s 185 languages and its example\'s en_US as named options, and an unknown contact is a 404', async () => {
		const node = engine.nodeType('mehery');
		const lang = node.description.properties.find((p) => p.name === 'lang')!;
		expect(lang.type).toBe('options');
		expect(lang.options).toHaveLength(186);
		expect(lang.options).toEqual(expect.arrayContaining([{ name: 'English (EN)', value: 'EN' }, { name: 'Hebrew (IW)', value: 'IW' }, { name: 'English, United States (en_US)', value: 'en_US' }]));

		const missing = await run('contact', 'setLanguage', { contactId: 'wa1_2', lang: 'EN' });
		expect(missing.error?.httpCode).toBe('404');
		expect(missing.error?.message).toBe('Contact wa1_2 not found');
	});

	it('Data › Push uploads a customer record with links; the same id again replaces it', async () => {
		const push = (name: string) =>
			run('data', 'push', { objectType: 'CUSTOMER', objectId: 'C34567', data: JSON.stringify({ name, tier: 'Platinum' }), links: { link: [{ linkName: 'account', linkType: 'ACCOUNT', linkValue: 'A-1' }] } });
		const first = await push('Ada');
		expect(first.status).toBe('success');
		expect(first.items[0].json).toEqual({ id: 'C34567', type: 'CUSTOMER', data: { name: 'Ada', tier: 'Platinum' }, links: [{ linkName: 'account', linkType: 'ACCOUNT', linkValue: 'A-1' }] });
		await push('Ada Lovelace');
		const objects = (await mock.state('mehery')).dataObjects;
		expect(objects).toHaveLength(1);
		expect(objects[0].data.name).toBe('Ada Lovelace');

		const bad = await run('data', 'push', { objectType: 'CUSTOMER', objectId: 'C1', data: '{not json' }, true);
		expect(String(bad.items[0].json.error)).toContain('"Data" is not valid JSON (item 0)');
	});

	it('Event › Push uploads a customer event', async () => {
		const result = await run('event', 'push', { eventName: 'CUSTOMER_CREATED', eventId: '1234567', links: { link: [{ linkName: 'customer', linkType: 'CUSTOMER', linkValue: 'C34567' }] } });
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ eventName: 'CUSTOMER_CREATED', id: '1234567' });
		expect((await mock.state('mehery')).pushedEvents).toEqual([{ eventName: 'CUSTOMER_CREATED', id: '1234567', links: [{ linkName: 'customer', linkType: 'CUSTOMER', linkValue: 'C34567' }] }]);
	});
});
