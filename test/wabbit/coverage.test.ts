import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Engine } from '../harness';

/** Guards "every operation is exercised": each resource/operation of the node appears in a test that runs it. */
describe('Wabbit node: every operation has a test that runs it', () => {
	it('lists no operation the tests never run', async () => {
		const engine = await Engine.create();
		const properties = engine.nodeType('wabbit').description.properties;
		const operations = properties
			.filter((p) => p.name === 'operation')
			.flatMap((p) => (p.options as Array<{ value: string }>).map((o) => `${(p.displayOptions?.show?.resource as string[])[0]}:${o.value}`));
		expect(operations.length).toBeGreaterThan(45);
		const sources = readdirSync(__dirname)
			.filter((f) => f.endsWith('.test.ts') && f !== 'coverage.test.ts')
			.map((f) => readFileSync(join(__dirname, f), 'utf8'))
			.join('\n');
		const exercised = new Set([...sources.matchAll(/run\('(\w+)', '(\w+)'/g)].map((m) => `${m[1]}:${m[2]}`));
		// The Rule Engine answer is built inside trigger workflows, by parameters.
		if (/resource: 'ruleEngine', operation: 'buildAnswer'/.test(sources)) exercised.add('ruleEngine:buildAnswer');
		expect(operations.filter((op) => !exercised.has(op))).toEqual([]);
	});
});
