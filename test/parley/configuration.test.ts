import { parleyWorld } from './world';

describe('Parley › Configuration', () => {
	const world = parleyWorld();

	it('Configuration › Get returns search profiles, connections, users and the integer codes', async () => {
		const result = await world.run('configuration', 'get');
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(1);
		const configuration = result.items[0].json as any;
		expect(configuration.globals.sources).toMatchObject({ twitter: 3, facebook: 6, irischat: 14 });
		expect(configuration.globals.statusses).toEqual({ open: 1, closed: 2, deleted: 5 });
		expect(configuration.globals.activities).toEqual({ open: 1, check: 2, respond: 3 });
		expect(configuration.account.searches.map((s: any) => s.name)).toEqual(['Customer Service', 'Brand Monitoring', 'Pers & Nieuws']);
		expect(configuration.account.connections.length).toBeGreaterThan(0);
		const state = await world.state();
		expect(configuration).toEqual(state.configuration);
		// The token n8n fetched is stored with the credential, as n8n does.
		expect(world.engine.credentialsHelper.store.parleyOAuth2Api.oauthTokenData).toMatchObject({ token_type: 'Bearer', expires_in: '3599' });
	});
});
