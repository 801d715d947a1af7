import { parleyWorld } from './world';

describe('Parley › SSO Access Token', () => {
	const world = parleyWorld();

	it('SSO Access Token › Get regenerates the token of a user on every call', async () => {
		const email = world.samples.userEmail;
		const first = await world.run('ssoAccessToken', 'get', { email: ` ${email.toUpperCase()} ` });
		expect(first.status).toBe('success');
		expect(first.items[0].json).toMatchObject({ email, accessToken: expect.stringMatching(/^[0-9a-f]{48}$/), expiresAt: expect.any(String) });
		const second = await world.run('ssoAccessToken', 'get', { email });
		expect(second.items[0].json.accessToken).not.toBe(first.items[0].json.accessToken);
		expect((await world.state()).ssoTokens[email].accessToken).toBe(second.items[0].json.accessToken);
		const [request] = await world.requests({ path: '/ssoAccessToken/' });
		expect(request.path).toBe(`/ssoAccessToken/${encodeURIComponent(email.toUpperCase())}`);
	});

	it('SSO Access Token › Get for an unknown user answers 404 in the gateway format', async () => {
		const result = await world.run('ssoAccessToken', 'get', { email: 'nobody@example.org' });
		expect(result.status).toBe('error');
		expect(result.error?.httpCode).toBe('404');
		expect(result.error?.message).toBe('No Tracebuzz user with e-mail nobody@example.org');
	});

	it('SSO Access Token › Get refuses something that is not an e-mail address before any request', async () => {
		const result = await world.run('ssoAccessToken', 'get', { email: 'jane/../configuration' });
		expect(result.status).toBe('error');
		expect(result.error?.message).toBe('"Email" "jane/../configuration" is not an e-mail address (item 0)');
		expect(await world.requests({ path: '/ssoAccessToken' })).toHaveLength(0);
	});
});
