import { spotlerWorld } from './world';

describe('Spotler › Company', () => {
	const w = spotlerWorld();
	const company = (id?: string) => ({ mode: 'id', value: id ?? '' });

	it('gets the current company, many companies and one company', async () => {
		const current = await w.run('company', 'getCurrent');
		expect(current.items[0].json.id).toBe(w.samples.companyId);
		const many = await w.run('company', 'getAll', { returnAll: true });
		expect(many.items.map((i) => i.json.id)).toEqual([w.samples.companyId]);
		const one = await w.run('company', 'get', { company: { mode: 'list', value: w.samples.companyId } });
		expect(one.items[0].json).toEqual(current.items[0].json);
		const unknown = await w.run('company', 'get', { company: company('458e633a-ab50-445f-9d1f-52afbf720ec3') });
		expect(unknown.error?.httpCode).toBe('404');
	});
});
