import type { INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import { callPicker } from '../harness';
import { parleyWorld } from './world';

describe('Parley pickers (list search and load options) and node description', () => {
	const world = parleyWorld();

	/** Calls a picker of the action node or the trigger the way n8n's UI does, with a LoadOptionsContext. */
	async function call<T>(type: string, kind: 'listSearch' | 'loadOptions', method: string, filter?: string): Promise<T> {
		return (await callPicker(world.engine, type, kind, method, { resource: 'result', operation: 'search' }, filter)) as T;
	}

	it('search profiles by name (searches, trigger) and by id (cases), filterable', async () => {
		const byName = await call<INodeListSearchResult>('parley', 'listSearch', 'getSearchProfiles');
		expect(byName.results).toEqual([
			{ name: 'Customer Service (101)', value: 'Customer Service' },
			{ name: 'Brand Monitoring (102)', value: 'Brand Monitoring' },
			{ name: 'Pers & Nieuws (103)', value: 'Pers & Nieuws' },
		]);
		const byId = await call<INodeListSearchResult>('parley', 'listSearch', 'getSearchIds', 'brand');
		expect(byId.results).toEqual([{ name: 'Brand Monitoring (102)', value: '102' }]);
		const inTrigger = await call<INodeListSearchResult>('parleyTrigger', 'listSearch', 'getSearchProfiles', 'pers');
		expect(inTrigger.results.map((r) => r.value)).toEqual(['Pers & Nieuws']);
		expect((await world.requests({ path: '/configuration' })).length).toBe(3);
	});

	it('connections, users, categories and labels come from the configuration', async () => {
		const state = await world.state();
		const connections = await call<INodePropertyOptions[]>('parley', 'loadOptions', 'getConnections');
		expect(connections[0]).toEqual({ name: "The Result's Own Connection", value: '' });
		expect(
			connections
				.slice(1)
				.map((c) => c.value)
				.sort(),
		).toEqual(state.configuration.account.connections.map((c: any) => String(c.id)).sort());
		const users = await call<INodePropertyOptions[]>('parley', 'loadOptions', 'getUsers');
		expect(users.map((u) => u.value).sort()).toEqual(state.configuration.account.users.map((u: any) => String(u.id)).sort());
		expect(await call<INodePropertyOptions[]>('parley', 'loadOptions', 'getCategories')).toEqual([
			{ name: 'Complaint', value: 'Complaint' },
			{ name: 'Compliment', value: 'Compliment' },
			{ name: 'Question', value: 'Question' },
		]);
		expect((await call<INodePropertyOptions[]>('parley', 'loadOptions', 'getLabels')).map((l) => l.value)).toEqual(['billing', 'delivery', 'urgent', 'vip']);
	});

	it('the action node is usable as a tool and covers every documented operation', () => {
		const description = world.engine.nodeType('parley').description;
		expect(description.usableAsTool).toBe(true);
		const operations = description.properties
			.filter((p) => p.name === 'operation')
			.flatMap((p) => (p.options as INodePropertyOptions[]).map((o) => `${p.displayOptions!.show!.resource![0]}:${o.value}`));
		expect(operations.sort()).toEqual([
			'case:close',
			'case:handOver',
			'case:releaseHandler',
			'configuration:get',
			'result:get',
			'result:getWithoutContext',
			'result:reply',
			'result:search',
			'result:sendEvent',
			'ssoAccessToken:get',
		]);
		expect(world.engine.nodeType('parleyTrigger').description.polling).toBe(true);
	});
});
