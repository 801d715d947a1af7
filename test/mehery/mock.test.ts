import { meheryWorld } from './world';

describe('Mehery mock: its own behaviour', () => {
	const world = meheryWorld();

	const auth = () => ({ 'x-api-key': world.credential.apiKey });

	it('answers unknown routes, bad JSON and schema violations in the ApiResponse wrapper, never 500', async () => {
		const unknown = await world.mock.json('GET', '/mehery/api/v1/nothing', undefined, auth());
		expect(unknown.status).toBe(404);
		expect(unknown.body).toMatchObject({ status: 404, statusKey: 'NOT_FOUND', message: 'No route for GET /api/v1/nothing', errors: [] });

		const badJson = await fetch(`${world.mock.url}/mehery/api/v1/message/send`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth() }, body: '{"type":' });
		expect(badJson.status).toBe(400);
		expect(await badJson.json()).toMatchObject({ status: 400, statusKey: 'BAD_REQUEST' });

		const invalid = await world.mock.json('POST', '/mehery/api/v1/message/send', { channelId: world.samples.channelId, type: 'image', to: {}, image: { caption: 'no link' } }, auth());
		expect(invalid.status).toBe(400);
		expect(invalid.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['image.link', 'to.contactId', 'to.phone', 'to.email']));

		const noKey = await world.mock.json('GET', '/mehery/api/v1/config/channels');
		expect(noKey.status).toBe(401);
		expect(noKey.body.message).toBe('Invalid or missing x-api-key');
	});

	it("accepts the doc's own request examples (with the relaxed required flags)", async () => {
		const docMessage = {
			channelId: world.samples.channelId,
			type: 'text',
			mask: false,
			text: { body: 'your-text-message-content' },
			to: { contactId: world.samples.contactId, email: 'string', name: 'string', phone: 'string' },
			location: { address: '1 Hacker Way, Menlo Park, CA, 94025', latitude: 12.90909, longitude: 6.90808, name: 'Main Building', url: 'Location URL' },
			options: { buttons: [{ code: 'occupation', desc: 'What occupation you have', label: 'Occupation', name: 'string', phone: '+91 9988776655', type: 'QUICK_REPLY', url: 'http://url' }] },
		};
		expect((await world.mock.json('POST', '/mehery/api/v1/message/send', docMessage, auth())).status).toBe(200);
		const routing = { agent: 'external_bot', params: {}, queue: 'external_bot', sessionId: 'unknown-session', skills: ['dental', 'ortho'], team: 'external_bot' };
		expect((await world.mock.json('POST', '/mehery/api/v1/session/routing', routing, auth())).status).toBe(404);
		const event = { eventName: 'CUSTOMER_CREATED', id: 1234567, links: [{ linkName: 'string', linkType: 'string', linkValue: 'string' }] };
		expect((await world.mock.json('POST', '/mehery/api/v1/event/push', event, auth())).status).toBe(200);
	});
});
