import { meheryWorld } from './world';

describe('Mehery › Contact', () => {
	const world = meheryWorld();

	it('Set Language Preference sends a code from the language list and the contact keeps it', async () => {
		const { samples } = world;
		const result = await world.run('contact', 'setLanguage', { contactId: samples.contactId, lang: 'HI' });
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ eventCode: 'CONTACT_LANG_UPDATED', contactId: samples.contactId });
		const [request] = await world.requests({ path: '/api/v1/contact/prefs/lang' });
		expect(request.body).toEqual({ contactId: samples.contactId, lang: 'HI' });
		expect((await world.state()).contacts.find((c: any) => c.contactId === samples.contactId).lang).toBe('HI');
	});

	it("offers the doc's 185 languages and its example's en_US as named options, and an unknown contact is a 404", async () => {
		const node = world.engine.nodeType('mehery');
		const lang = node.description.properties.find((p) => p.name === 'lang')!;
		expect(lang.type).toBe('options');
		expect(lang.options).toHaveLength(186);
		expect(lang.options).toEqual(
			expect.arrayContaining([
				{ name: 'English (EN)', value: 'EN' },
				{ name: 'Hebrew (IW)', value: 'IW' },
				{ name: 'English, United States (en_US)', value: 'en_US' },
			]),
		);

		const missing = await world.run('contact', 'setLanguage', { contactId: 'wa1_2', lang: 'EN' });
		expect(missing.error?.httpCode).toBe('404');
		expect(missing.error?.message).toBe('Contact wa1_2 not found');
	});
});
