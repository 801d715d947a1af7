import { spotlerWorld } from './world';

describe('Spotler › API Key', () => {
	const w = spotlerWorld();

	it('gets the current key and, with a company key, all keys (never their secrets)', async () => {
		const current = await w.run('apiKey', 'getCurrent');
		expect(current.items[0].json).toMatchObject({ scope: 'COMPANY' });
		expect(current.items[0].json.token).toBeUndefined();
		const all = await w.run('apiKey', 'getAll', { returnAll: true });
		expect(all.items.map((i) => i.json.scope).sort()).toEqual(['ASSISTANT', 'CHANNEL', 'COMPANY']);
		expect(JSON.stringify(all.items)).not.toContain(w.credential.apiKey);
	});
});
