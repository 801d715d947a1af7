import { LoadOptionsContext } from 'n8n-core';
import type { ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import { node, reset, startParley, type ParleyContext } from './helpers';

describe('Parley pickers (list search and load options) and node description', () => {
	let ctx: ParleyContext;

	beforeAll(async () => {
		ctx = await startParley();
	});
	afterAll(() => ctx.mock.close());
	beforeEach(() => reset(ctx));

	/** Calls a method of the node type the way n8n's UI does, with a LoadOptionsContext. */
	async function call<T>(type: string, kind: 'listSearch' | 'loadOptions', method: string, ...args: unknown[]): Promise<T> {
		const spec = { ...node({ resource: 'result', operation: 'search' }), type };
		const n8nNode = ctx.engine.node(spec);
		const workflow = ctx.engine.workflow([n8nNode]);
		const context = new LoadOptionsContext(workflow, n8nNode, ctx.engine.additionalData([], workflow), 'parameters');
		const fn = (ctx.engine.nodeType(type).methods?.[kind] as Record<string, (this: ILoadOptionsFunctions, ...a: unknown[]) => Promise<T>>)[method];
		return await fn.call(context, ...args);
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
		expect((await ctx.mock.requests({ provider: 'parley', path: '/configuration' })).length).toBe(3);
	});

	it('connections, users, categories and labels come from the configuration', async () => {
		const state = await ctx.mock.state('parley');
		const connections = await call<INodePropertyOptions[]>('parley', 'loadOptions', 'getConnections');
		expect(connections[0]).toEqual({ name: "The Result's Own Connection", value: '' });
		expect(connections.slice(1).map((c) => c.value).sort()).toEqual(state.configuration.account.connections.map((c: any) => String(c.id)).sort());
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
		const description = ctx.engine.nodeType('parley').description;
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
		expect(ctx.engine.nodeType('parleyTrigger').description.polling).toBe(true);
	});
});
