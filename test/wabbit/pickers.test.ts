import { wabbitWorld } from './world';

describe('Wabbit node pickers (through the n8n engine, against the mock)', () => {
	const t = wabbitWorld();

	it('the pickers list chats, tags, users, groups and templates with their status', async () => {
		// The pickers as n8n's editor calls them: a real LoadOptionsContext with the node's credential.
		const search = async (method: string, filter?: string) => await t.picker<any>('listSearch', method, {}, filter);
		const chats = await search('getChats', t.samples.waIdAssignedToAnna);
		expect(chats.results).toHaveLength(1);
		expect(chats.results[0].value).toBe(t.samples.waIdAssignedToAnna);
		expect((await search('getTags', 'vip')).results).toEqual([{ name: 'VIP', value: '2' }]);
		expect((await search('getUsers', 'anna')).results[0].value).toBe('2');
		expect((await search('getGroups')).results).toHaveLength(4);
		// Every template, its review status beside each language, so a rejected one is seen before it is picked.
		expect((await search('getTemplates')).results).toEqual([
			{ name: 'order_shipped (en: approved, nl: approved)', value: 'order_shipped' },
			{ name: 'appointment_reminder (en: approved)', value: 'appointment_reminder' },
			{ name: 'spring_sale (en: rejected)', value: 'spring_sale' },
			{ name: 'payment_received (en: pending)', value: 'payment_received' },
		]);
		expect((await t.picker<any[]>('loadOptions', 'getGroupOptions', {})).map((o: any) => o.name)).toEqual(['Admin', 'Agents', 'App integration', 'Regular user']);
	});
});
