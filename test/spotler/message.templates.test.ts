import type { INodePropertyOptions, ResourceMapperFields } from 'n8n-workflow';

import { spotlerWorld } from './world';

/** Version 2 of Message → Send with a template: variables and languages from the template, checked before sending. */
describe('Spotler templates that explain themselves (version 2)', () => {
	const w = spotlerWorld();
	const editing = (template: string, templateLanguage = '') => ({
		resource: 'message',
		operation: 'send',
		messageType: 'template',
		channel: w.channel(),
		template: { mode: 'list', value: template },
		templateLanguage,
	});
	const send = (template: string, templateLanguage: string, values: Record<string, string>) =>
		w.run(
			'message',
			'send',
			{
				channel: w.channel(),
				contact: w.samples.contactJidOutsideCareWindow,
				messageType: 'template',
				template: { mode: 'list', value: template },
				templateLanguage,
				templateVariables: { mappingMode: 'defineBelow', value: values },
			},
			{ typeVersion: 2 },
		);
	const posts = async () => (await w.requests()).filter((r) => r.method === 'POST');

	it("offers the picked template's own languages, a rejected one marked as such", async () => {
		const languages = (await w.picker('loadOptions', 'getTemplateLanguages', editing('delivery_notification'))) as INodePropertyOptions[];
		expect(languages.map((o) => [o.name, o.value])).toEqual([
			['en', 'en'],
			['nl', 'nl'],
		]);
		const rejected = (await w.picker('loadOptions', 'getTemplateLanguages', editing('hello'))) as INodePropertyOptions[];
		expect(rejected.map((o) => [o.name, o.value])).toEqual([['en (rejected: cannot be sent)', 'en']]);
	});

	it('shows the variables by position, each with the words around it (Spotler keeps no examples)', async () => {
		const mapped = (await w.picker('resourceMapping' as never, 'getTemplateVariables', editing('delivery_notification', 'nl'))) as unknown as ResourceMapperFields;
		expect(mapped.fields.map((f) => [f.id, f.displayName, f.required])).toEqual([
			['1', '{{1}} — in "Hoi {{1}}, je bestelling {{2}}…"', true],
			['2', '{{2}} — in "…{{1}}, je bestelling {{2}} wordt op {{3}}…"', true],
			['3', '{{3}} — in "…{{2}} wordt op {{3}} bezorgd."', true],
		]);
		expect((await w.requests())[0].path).toBe(`/channels/${encodeURIComponent(w.samples.channelJid)}/templates`);
	});

	it('sends an approved template with its variables in position order', async () => {
		const result = await send('delivery_notification', 'nl', { 2: '#1234', 1: 'Ada', 3: 'Friday' });
		expect(result.error).toBeUndefined();
		const [post] = await posts();
		expect(post.status).toBe(201);
		expect(post.body.message).toEqual({ type: 'template', template: { name: 'delivery_notification', language: 'nl', parameters: ['Ada', '#1234', 'Friday'] } });
	});

	it('refuses a rejected template before sending, naming it, its status and the item', async () => {
		const result = await send('hello', 'en', {});
		expect(result.status).toBe('error');
		expect(result.error?.message).toBe('"Template" "hello" (en) is rejected; only approved templates can be sent (item 0)');
		expect(await posts()).toEqual([]);
	});

	it('refuses a pending template the same way', async () => {
		await w.run('template', 'create', { channel: w.channel(), templateName: 'ticket', templateLanguage: 'en', category: 'TRANSACTIONAL', bodyText: 'Your ticket {{1}}' });
		const before = (await posts()).length;
		const result = await send('ticket', 'en', { 1: 'T-1' });
		expect(result.error?.message).toBe('"Template" "ticket" (en) is pending; only approved templates can be sent (item 0)');
		expect((await posts()).length).toBe(before);
	});

	it('refuses a count mismatch before sending, naming the template, both counts and the item', async () => {
		const result = await send('delivery_notification', 'en', { 1: 'Ada' });
		expect(result.error?.message).toBe('"Template Variables" has 1 value but template "delivery_notification" (en) expects 3 (item 0)');
		expect(await posts()).toEqual([]);
	});

	it('refuses a language the template does not have', async () => {
		const result = await send('support_follow_up', 'nl', { 1: 'Ada' });
		expect(result.error?.message).toBe('"Template" "support_follow_up" has no "nl" version (it has en) (item 0)');
		expect(await posts()).toEqual([]);
	});
});
