import { social25World } from './world';

/** The mock's own behaviour where the doc is specific (auth, verbs, pages), checked over plain HTTP. */
describe('Social25 mock: auth, methods, pages and the bot URL control routes', () => {
	const s = social25World({ resetEachTest: false });

	const call = (method: string, path: string, authorization?: string) => s.mock.json(method, `/social25${path}`, undefined, authorization === undefined ? {} : { authorization });
	const bearer = () => `Bearer ${s.credential.accessToken}`;

	it("answers 401 in DRF style without or with a wrong token, and accepts the bare token of the doc's callout", async () => {
		expect(await call('GET', '/tenants/')).toMatchObject({ status: 401, body: { detail: 'Authentication credentials were not provided.' } });
		expect(await call('GET', '/tenants/', 'Bearer nope')).toMatchObject({ status: 401, body: { detail: 'Invalid token.' } });
		expect((await call('GET', '/tenants/', s.credential.accessToken)).status).toBe(200);
	});

	it("answers 405 for the wrong verbs of the doc's curl samples, 404 for unknown paths and other tenants", async () => {
		const t = s.samples.tenantId;
		const c = s.samples.whatsappConversationId;
		expect(await call('GET', `/tenants/${t}/conversations/${c}/messages/`, bearer())).toMatchObject({ status: 200 });
		expect(await call('DELETE', `/tenants/${t}/conversations/tags/`, bearer())).toMatchObject({ status: 405, body: { detail: 'Method "DELETE" not allowed.' } });
		expect((await call('PUT', `/tenants/${t}/initiate_conversation/`, bearer())).status).toBe(405);
		expect((await call('GET', `/tenants/${t}/conversations/${c}/mediaupload/`, bearer())).status).toBe(405);
		expect(await call('GET', `/tenants/${t}/unknown/`, bearer())).toMatchObject({ status: 404, body: { detail: 'Not found.' } });
		expect((await call('GET', `/tenants/00000000-0000-4000-8000-000000000000/agents/`, bearer())).status).toBe(404);
	});

	it('pages lists by 5 with absolute next/previous links and rejects pages that do not exist', async () => {
		const first = await call('GET', `/tenants/${s.samples.tenantId}/conversations/?state=open`, bearer());
		expect(first.body.count).toBe(6);
		expect(first.body.results).toHaveLength(5);
		expect(first.body.next).toBe(`${s.credential.baseUrl}/tenants/${s.samples.tenantId}/conversations/?state=open&page=2`);
		const second = await call('GET', `/tenants/${s.samples.tenantId}/conversations/?state=open&page=2`, bearer());
		expect(second.body).toMatchObject({ next: null, previous: `${s.credential.baseUrl}/tenants/${s.samples.tenantId}/conversations/?state=open` });
		expect(await call('GET', `/tenants/${s.samples.tenantId}/conversations/?page=9`, bearer())).toMatchObject({ status: 404, body: { detail: 'Invalid page.' } });
		expect(await call('GET', `/tenants/${s.samples.tenantId}/conversations/?state=deleted`, bearer())).toMatchObject({
			status: 400,
			body: { state: [expect.stringContaining('not one of the available choices')] },
		});
	});

	it('registers bot URLs per platform through the control API and validates them', async () => {
		expect((await s.mock.json('PUT', '/__control/social25/bot-urls/whatsapp', { url: 'http://127.0.0.1:9/bot' })).status).toBe(200);
		expect((await s.mock.json('PUT', '/__control/social25/bot-urls/myspace', { url: 'http://127.0.0.1:9/bot' })).status).toBe(400);
		expect((await s.mock.json('PUT', '/__control/social25/bot-urls/facebook', { url: 'ftp://x' })).status).toBe(400);
		expect((await s.mock.json('GET', '/__control/social25/bot-urls')).body).toEqual({ whatsapp: { url: 'http://127.0.0.1:9/bot', headers: {} } });
		expect((await s.mock.json('DELETE', '/__control/social25/bot-urls/whatsapp')).status).toBe(204);
		expect((await s.mock.state('social25')).botUrls).toEqual({});
	});
});
