import { LoadOptionsContext } from 'n8n-core';
import type { INodeListSearchResult, INodeParameters, INodePropertyOptions, INodeType, ResourceMapperFields } from 'n8n-workflow';

import { meheryWorld } from './world';

/** Version 2 of Message › Send with a template: named variables and languages from the template, checked before sending. */
describe('Mehery templates that explain themselves (version 2)', () => {
	const world = meheryWorld();

	/** Calls an editor method the way the editor does: the unsaved parameters as the current ones. */
	async function editorMethod<T>(kind: 'listSearch' | 'loadOptions' | 'resourceMapping', method: string, parameters: INodeParameters): Promise<T> {
		const node = world.engine.node({ type: 'mehery', parameters });
		const workflow = world.engine.workflow([node]);
		const additionalData = world.engine.additionalData([], workflow);
		(additionalData as unknown as { currentNodeParameters: INodeParameters }).currentNodeParameters = parameters;
		const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
		const fn = ((world.engine.nodeType('mehery') as INodeType).methods?.[kind] as Record<string, (this: unknown) => Promise<unknown>>)[method];
		return (await fn.call(context)) as T;
	}
	const editing = (template: { mode: string; value: string }, templateLanguage = '') => ({
		resource: 'message',
		operation: 'send',
		messageType: 'template',
		channel: { __rl: true, mode: 'id', value: world.samples.channelId },
		template: { __rl: true, ...template },
		templateLanguage,
	});
	const templateId = async (code: string, lang: string) => ((await world.state()).templates as Array<{ id: string; code: string; lang: string }>).find((t) => t.code === code && t.lang === lang)!.id;
	const send = (template: { mode: string; value: string }, templateLanguage: string, values: Record<string, string>) =>
		world.engine.runNode({
			type: 'mehery',
			typeVersion: 2,
			parameters: world.messageToContact({ messageType: 'template', template, templateLanguage, templateVariables: { mappingMode: 'defineBelow', value: values } }),
		});
	const posts = () => world.requests({ method: 'POST', path: '/api/v1/message/send' });

	it('the picker shows every template submitted for the channel, each language with its status there', async () => {
		const { results } = await editorMethod<INodeListSearchResult>('listSearch', 'getTemplatesWithStatus', editing({ mode: 'list', value: '' }));
		expect(results.map((r) => r.name)).toEqual([
			'Order shipped: ORDER_SHIPPED (en_US: approved)',
			'Feedback: FEEDBACK (en_US: approved)',
			'Payment reminder: PAYMENT_REMINDER (en_US: rejected)',
			'Welcome: WELCOME (en_US: approved, nl: pending)',
		]);
		expect(results[3].value).toBe(await templateId('WELCOME', 'en_US'));
	});

	it("offers the picked template's own languages, a pending one marked as such", async () => {
		const languages = await editorMethod<INodePropertyOptions[]>('loadOptions', 'getTemplateLanguages', editing({ mode: 'list', value: await templateId('WELCOME', 'en_US') }));
		expect(languages.map((o) => [o.name, o.value])).toEqual([
			['en_US', 'en_US'],
			['nl (pending: cannot be sent)', 'nl'],
		]);
		const byCode = await editorMethod<INodePropertyOptions[]>('loadOptions', 'getTemplateLanguages', editing({ mode: 'code', value: 'PAYMENT_REMINDER' }));
		expect(byCode.map((o) => o.name)).toEqual(['en_US (rejected: cannot be sent)']);
	});

	it('shows the named variables ({{name}}), each with the words around it (Mehery keeps no examples)', async () => {
		const mapped = await editorMethod<ResourceMapperFields>('resourceMapping', 'getTemplateVariables', editing({ mode: 'code', value: 'WELCOME' }, 'nl'));
		expect(mapped.fields.map((f) => [f.id, f.displayName, f.required])).toEqual([
			['name', '{{name}} — in "Hallo {{name}}, welkom bij {{company}}!…"', true],
			['company', '{{company}} — in "…{{name}}, welkom bij {{company}}! Antwoord gewoon op…"', true],
		]);
		const none = await editorMethod<ResourceMapperFields>('resourceMapping', 'getTemplateVariables', editing({ mode: 'code', value: 'WELCOME' }));
		expect(none).toEqual({ fields: [], emptyFieldsNotice: 'Pick a template and a language first' });
	});

	it("sends an approved template by its language's own id, its values by name", async () => {
		const result = await send({ mode: 'code', value: 'WELCOME' }, 'en_US', { company: 'Acme', name: 'Ada' });
		expect(result.error).toBeUndefined();
		const [post] = await posts();
		expect(post.status).toBe(200);
		expect(post.body.template).toEqual({ id: await templateId('WELCOME', 'en_US'), data: { company: 'Acme', name: 'Ada' }, lang: 'en_US' });
	});

	it('refuses a rejected template before sending, naming it, its status and the item', async () => {
		const result = await send({ mode: 'list', value: await templateId('PAYMENT_REMINDER', 'en_US') }, 'en_US', { amount: '10', date: 'Friday' });
		expect(result.status).toBe('error');
		expect(result.error?.message).toBe('"Template" "PAYMENT_REMINDER" (en_US) is rejected; only approved templates can be sent (item 0)');
		expect(await posts()).toEqual([]);
	});

	it('refuses a pending language of an approved template the same way', async () => {
		const result = await send({ mode: 'code', value: 'WELCOME' }, 'nl', { name: 'Ada', company: 'Acme' });
		expect(result.error?.message).toBe('"Template" "WELCOME" (nl) is pending; only approved templates can be sent (item 0)');
		expect(await posts()).toEqual([]);
	});

	it('refuses a count mismatch before sending, naming the template, both counts and the item', async () => {
		const result = await send({ mode: 'code', value: 'ORDER_SHIPPED' }, 'en_US', { name: 'Ada' });
		expect(result.error?.message).toBe('"Template Variables" has 1 value ({{name}}) but template "ORDER_SHIPPED" (en_US) expects 2 ({{name}}, {{order}}) (item 0)');
		expect(await posts()).toEqual([]);
	});

	it('refuses a name the template does not have, even when the count fits', async () => {
		const result = await send({ mode: 'code', value: 'ORDER_SHIPPED' }, 'en_US', { name: 'Ada', ordr: 'A-1' });
		expect(result.error?.message).toBe('"Template Variables" has 2 values ({{name}}, {{ordr}}) but template "ORDER_SHIPPED" (en_US) expects 2 ({{name}}, {{order}}) (item 0)');
		expect(await posts()).toEqual([]);
	});

	it('checks each item against the status on its own channel when the items of one run use different channels', async () => {
		// The run reads the template list once and derives each channel's statuses once: one channel's must not serve another.
		const { channelId, sandboxChannelId } = world.samples;
		const items = [{ json: { channel: channelId } }, { json: { channel: sandboxChannelId } }, { json: { channel: channelId } }];
		const result = await world.engine.runNode(
			{
				type: 'mehery',
				typeVersion: 2,
				continueOnFail: true,
				parameters: world.messageToContact({
					channel: { __rl: true, mode: 'id', value: '={{ $json.channel }}' },
					messageType: 'template',
					template: { __rl: true, mode: 'code', value: 'FEEDBACK' },
					templateLanguage: 'en_US',
					templateVariables: { mappingMode: 'defineBelow', value: { amount: '10', currency: 'EUR' } },
				}),
			},
			items,
		);
		expect(result.status).toBe('success');
		expect(result.items.map((i) => (i.json.error ? String(i.json.error) : 'sent'))).toEqual(['sent', '"Template" "FEEDBACK" (en_US) is pending; only approved templates can be sent (item 1)', 'sent']);
		expect((await posts()).map((post) => post.body.channelId)).toEqual([channelId, channelId]);
	});

	it('refuses a language the template does not have, and an empty value', async () => {
		const language = await send({ mode: 'code', value: 'ORDER_SHIPPED' }, 'nl', { name: 'Ada', order: 'A-1' });
		expect(language.error?.message).toBe('"Template" "ORDER_SHIPPED" has no "nl" version (it has en_US) (item 0)');
		const empty = await send({ mode: 'code', value: 'ORDER_SHIPPED' }, 'en_US', { name: 'Ada', order: ' ' });
		expect(empty.error?.message).toBe('"Template Variables" {{order}} of template "ORDER_SHIPPED" is empty (item 0)');
		expect(await posts()).toEqual([]);
	});
});
