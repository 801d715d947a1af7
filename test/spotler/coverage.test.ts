import { spotlerWorld } from './world';

/** The 51 endpoints of the doc: each is a mock route and an operation of the node. */
describe('Spotler coverage of the documented API', () => {
	const w = spotlerWorld();

	it('the mock serves all 51 endpoints, each documented in its OpenAPI file with its schemas', async () => {
		const { body } = await w.mock.json('GET', '/spotler/openapi.json');
		const operations = Object.entries(body.paths as Record<string, Record<string, any>>).flatMap(([path, methods]) =>
			Object.entries(methods).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op })),
		);
		expect(operations).toHaveLength(51);
		for (const { route, op } of operations) expect(op.summary).not.toBe(route);
		for (const name of ['MessageSendRequest', 'ConversationUpdateRequest', 'TemplateCreateRequest', 'WebhookDelivery', 'ReceiptEvent']) {
			expect(body.components.schemas[name]).toBeDefined();
		}
	});

	it('the node offers 51 operations in 18 resources, each with an action name', async () => {
		const { properties } = w.engine.nodeType('spotler').description;
		const resources = properties.find((p) => p.name === 'resource')!.options as Array<{ value: string }>;
		// Compared as a set: the list itself puts the most used (message) first.
		expect(resources.map((r) => r.value).sort()).toEqual([
			'agent',
			'apiKey',
			'assistant',
			'automatedMessage',
			'blacklist',
			'channel',
			'comment',
			'company',
			'contact',
			'conversation',
			'label',
			'list',
			'message',
			'note',
			'profile',
			'team',
			'template',
			'webhook',
		]);
		const operations = properties
			.filter((p) => p.name === 'operation')
			.flatMap((p) => (p.options as Array<{ value: string; action?: string; routing?: unknown }>).map((o) => ({ resource: p.displayOptions!.show!.resource![0], ...o })));
		expect(operations).toHaveLength(51);
		for (const op of operations) {
			expect(op.action).toBeTruthy();
			expect(op.routing).toBeDefined();
		}
	});
});
