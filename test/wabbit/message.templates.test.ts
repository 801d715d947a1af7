import type { INodePropertyOptions, ResourceMapperFields } from 'n8n-workflow';

import { byId, wabbitWorld } from './world';

/** Version 2 of Message → Send with a template: languages and variables from the template, checked before sending. */
describe('Wabbit templates that explain themselves (version 2)', () => {
	const t = wabbitWorld();

	const editing = (template: string, languageCode = '') => ({
		resource: 'message',
		operation: 'send',
		messageType: 'template',
		chat: byId(t.samples.waIdOutsideWindow),
		template: { mode: 'list', value: template },
		languageCode,
	});
	const send = (template: string, languageCode: string, values: Record<string, string>, extra: Record<string, unknown> = {}) =>
		t.run('message', 'send', {
			chat: byId(t.samples.waIdOutsideWindow),
			messageType: 'template',
			template: byId(template),
			languageCode,
			templateVariables: { mappingMode: 'defineBelow', value: values },
			...extra,
		});
	const posts = async () => await t.apiRequests({ method: 'POST' });

	it("offers the picked template's own languages, a rejected or pending one marked as such", async () => {
		const languages = await t.picker<INodePropertyOptions[]>('loadOptions', 'getTemplateLanguages', editing('order_shipped'));
		expect(languages.map((o) => [o.name, o.value])).toEqual([
			['en', 'en'],
			['nl', 'nl'],
		]);
		const rejected = await t.picker<INodePropertyOptions[]>('loadOptions', 'getTemplateLanguages', editing('spring_sale'));
		expect(rejected.map((o) => [o.name, o.value])).toEqual([['en (rejected: cannot be sent)', 'en']]);
		const pending = await t.picker<INodePropertyOptions[]>('loadOptions', 'getTemplateLanguages', editing('payment_received'));
		expect(pending.map((o) => o.name)).toEqual(['en (pending: cannot be sent)']);
	});

	it("shows the variables by position, each with the template's own example", async () => {
		const mapped = await t.picker<ResourceMapperFields>('resourceMapping', 'getTemplateVariables', editing('order_shipped', 'nl'));
		expect(mapped.fields.map((f) => [f.id, f.displayName, f.required])).toEqual([
			['1', '{{1}} — e.g. "Ada"', true],
			['2', '{{2}} — e.g. "A-1001"', true],
		]);
		const unpicked = await t.picker<ResourceMapperFields>('resourceMapping', 'getTemplateVariables', editing('order_shipped'));
		expect(unpicked).toEqual({ fields: [], emptyFieldsNotice: 'Pick a template and a language first' });
	});

	it('sends an approved template with its variables in position order and the namespace from the list', async () => {
		const result = await send('order_shipped', 'nl', { 2: 'A-2002', 1: 'Ada' });
		expect(result.error).toBeUndefined();
		const [post] = await posts();
		expect(post.status).toBe(201);
		expect(post.body.template).toEqual({
			name: 'order_shipped',
			language: { policy: 'deterministic', code: 'nl' },
			namespace: (await t.mock.state('wabbit')).templates[0].namespace,
			components: [
				{
					type: 'body',
					parameters: [
						{ type: 'text', text: 'Ada' },
						{ type: 'text', text: 'A-2002' },
					],
				},
			],
		});
		const sent = (await t.mock.state('wabbit')).messages.filter((m: any) => m.customer_wa_id === t.samples.waIdOutsideWindow).at(-1);
		expect(sent.waba_payload.template.language.code).toBe('nl');
	});

	it('refuses a rejected template before sending, naming it, its status and the item', async () => {
		const result = await send('spring_sale', 'en', { 1: 'Ada' });
		expect(result.status).toBe('error');
		expect(result.error?.message).toBe('"Template" "spring_sale" (en) is rejected; only approved templates can be sent (item 0)');
		expect(await posts()).toEqual([]);
	});

	it('refuses a pending template the same way', async () => {
		const result = await send('payment_received', 'en', { 1: 'Ada', 2: 'EUR 25.00' });
		expect(result.error?.message).toBe('"Template" "payment_received" (en) is pending; only approved templates can be sent (item 0)');
		expect(await posts()).toEqual([]);
	});

	it('refuses a count mismatch before sending, naming the template, both counts and the item', async () => {
		const items = [{ json: { name: 'Ada', order: 'A-1' } }, { json: { name: 'Bob' } }];
		const result = await t.run(
			'message',
			'send',
			{
				chat: byId(t.samples.waIdOutsideWindow),
				messageType: 'template',
				template: byId('order_shipped'),
				languageCode: 'en',
				// The second item has no order: its {{2}} stays out of the mapping.
				templateVariables: { mappingMode: 'defineBelow', value: { 1: '={{ $json.name }}', 2: '={{ $json.order }}' } },
			},
			{ items },
		);
		expect(result.error?.message).toBe('"Template Variables" {{2}} of template "order_shipped" is empty (item 1)');
		const short = await send('order_shipped', 'en', { 1: 'Ada' });
		expect(short.error?.message).toBe('"Template Variables" has 1 value but template "order_shipped" (en) expects 2 (item 0)');
		expect((await posts()).length).toBe(1);
	});

	it('counts the body parameters of Components (JSON) when they replace the variables', async () => {
		const components = JSON.stringify([
			{
				type: 'body',
				parameters: [
					{ type: 'text', text: 'x' },
					{ type: 'text', text: 'y' },
					{ type: 'text', text: 'z' },
				],
			},
		]);
		const result = await send('appointment_reminder', 'en', {}, { templateOptions: { components } });
		expect(result.error?.message).toBe('"Components (JSON)" has 3 values but template "appointment_reminder" (en) expects 1 (item 0)');
		expect(await posts()).toEqual([]);
	});

	it('checks each item against its own template and language when the items of one run pick different ones', async () => {
		// The run decides once per template and language what a send is checked against: a decision for one must not serve another.
		const items = [
			{ json: { template: 'order_shipped', language: 'en', values: { 1: 'Ada', 2: 'A-1' } } },
			{ json: { template: 'spring_sale', language: 'en', values: { 1: 'Bob' } } },
			{ json: { template: 'order_shipped', language: 'nl', values: { 1: 'Cor', 2: 'A-3' } } },
			{ json: { template: 'appointment_reminder', language: 'en', values: { 1: 'Dee', 2: 'extra' } } },
			{ json: { template: 'order_shipped', language: 'en', values: { 1: 'Eve' } } },
			{ json: { template: 'order_shipped', language: 'nl', values: { 1: 'Fay', 2: 'A-6' } } },
		];
		const result = await t.run(
			'message',
			'send',
			{
				chat: byId(t.samples.waIdOutsideWindow),
				messageType: 'template',
				template: byId('={{ $json.template }}'),
				languageCode: '={{ $json.language }}',
				templateVariables: { mappingMode: 'defineBelow', value: { 1: '={{ $json.values[1] }}', 2: '={{ $json.values[2] }}' } },
			},
			{ items, continueOnFail: true },
		);
		expect(result.status).toBe('success');
		expect(result.items.map((i) => (i.json.error ? String(i.json.error) : `sent ${String(i.json.status)}`))).toEqual([
			'sent sent',
			'"Template" "spring_sale" (en) is rejected; only approved templates can be sent (item 1)',
			'sent sent',
			'"Template Variables" has 2 values but template "appointment_reminder" (en) expects 1 (item 3)',
			'"Template Variables" {{2}} of template "order_shipped" is empty (item 4)',
			'sent sent',
		]);
		const sent = (await posts()).map((post) => [post.body.template.name, post.body.template.language.code, post.body.template.components[0].parameters[0].text]);
		expect(sent).toEqual([
			['order_shipped', 'en', 'Ada'],
			['order_shipped', 'nl', 'Cor'],
			['order_shipped', 'nl', 'Fay'],
		]);
	});

	it('refuses a language the template does not have', async () => {
		const result = await send('appointment_reminder', 'nl', { 1: 'maandag' });
		expect(result.error?.message).toBe('"Template" "appointment_reminder" has no "nl" version (it has en) (item 0)');
		expect(await posts()).toEqual([]);
	});
});
