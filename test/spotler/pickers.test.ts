import type { INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import { spotlerWorld } from './world';

describe('Spotler pickers (list search and load options, from the API)', () => {
	const w = spotlerWorld();
	const search = async (method: string, parameters: Record<string, unknown> = {}, filter?: string) =>
		((await w.picker('listSearch', method, parameters as never, filter)) as INodeListSearchResult).results;

	it('lists channels, filtered by what the user types', async () => {
		const all = await search('getChannels');
		expect(all.map((r) => r.value)).toEqual((await w.state()).channels.map((c: any) => c.jid));
		expect((await search('getChannels', {}, 'web')).map((r) => r.name)).toEqual([expect.stringMatching(/^Web chat \(/)]);
	});

	it("lists the chosen channel's templates with their languages and status", async () => {
		const results = await search('getTemplates', { resource: 'message', operation: 'send', messageType: 'template', channel: { mode: 'id', value: w.samples.channelJid } });
		expect(results).toEqual([
			{ name: 'delivery_notification (en: approved, nl: approved)', value: 'delivery_notification' },
			{ name: 'support_follow_up (en: approved)', value: 'support_follow_up' },
			{ name: 'hello (en: rejected)', value: 'hello' },
		]);
		expect((await w.requests())[0].path).toBe(`/channels/${encodeURIComponent(w.samples.channelJid)}/templates`);
		// A channel typed as a phone number works too.
		const byPhone = await search('getTemplates', { channel: { mode: 'phone', value: `+${w.samples.channelJid.split('@')[0]}` } }, 'hello');
		expect(byPhone.map((r) => r.value)).toEqual(['hello']);
	});

	it('lists labels, teams, agents and assistants of the current company', async () => {
		const state = await w.state();
		expect(await search('getLabels')).toEqual(state.labels.map((l: any) => ({ name: l.name, value: l.jid })));
		expect(await search('getTeams', {}, 'sales')).toEqual([{ name: 'Sales', value: state.teams[1].jid }]);
		expect((await search('getAgents')).map((r) => r.value)).toEqual(state.agents.map((a: any) => a.email));
		expect((await search('getAssistants')).map((r) => r.value)).toEqual(state.assistants.map((a: any) => a.jid));
		const paths = (await w.requests()).map((r) => r.path);
		expect(paths).toContain(`/companies/${w.samples.companyId}/labels`);
		expect(paths).toContain('/companies/current');
	});

	it('uses the company chosen on the node when there is one', async () => {
		await search('getTeams', { company: { mode: 'id', value: w.samples.companyId } });
		expect((await w.requests()).map((r) => r.path)).toEqual([`/companies/${w.samples.companyId}/teams`]);
	});

	it('lists companies and contact lists', async () => {
		expect((await search('getCompanies')).map((r) => r.value)).toEqual([w.samples.companyId]);
		expect(await search('getLists', { channel: { mode: 'list', value: w.samples.channelJid } })).toEqual([{ name: 'Newsletter', value: w.samples.listJid }]);
	});

	it('offers labels as options for Conversation → Update, sorted by name', async () => {
		const options = (await w.picker('loadOptions', 'getLabelOptions', {
			resource: 'conversation',
			operation: 'update',
			channel: { mode: 'id', value: w.samples.channelJid },
		})) as INodePropertyOptions[];
		expect(options.map((o) => o.name)).toEqual(['Complaint', 'Sales', 'Support questions']);
	});

	it('asks for a channel first where the list depends on one', async () => {
		await expect(search('getTemplates', { channel: { mode: 'list', value: '' } })).rejects.toThrow('Choose a channel first');
	});
});
