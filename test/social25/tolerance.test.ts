/**
 * Where the Social25 document is silent, the node must work with every plausible answer, not only
 * the one the mock plays by default. Each test picks one of the mock's variants
 * (mock-server/providers/social25/variants.ts) and runs the node through the engine against it.
 */
import { byId, social25, social25World } from './world';

describe('Social25 › tolerance of what the document leaves open', () => {
	const s = social25World();

	/** Initiate for these numbers (Continue On Fail on), one batch. */
	const initiate = (phones: string[]) =>
		s.engine.runNode(
			social25('conversation', 'initiate', { platform: byId(s.samples.whatsappPlatformExternalId), phoneNumber: '={{ $json.phone }}' }, true),
			phones.map((phone) => ({ json: { phone } })),
		);
	/** The stored number (digits) of the customer whose conversation an output item names. */
	const phoneOf = async (conversationId: unknown) => {
		const conversation = (await s.mock.state('social25')).conversations.find((c: any) => c.id === conversationId);
		return conversation?.user.phone_number as string | undefined;
	};

	describe('Conversation › Initiate pairs answer records with numbers by identifier, never by position', () => {
		it('a rejected number left out of the records (initiateRejected=omitted): the later customers still get their own conversation', async () => {
			await s.mock.variant('social25', { initiateRejected: 'omitted' });
			const result = await initiate(['0612345678', '061234', '+31699887766']);
			expect(result.status).toBe('success');
			expect(await phoneOf(result.items[0].json.conversation_id)).toBe('31612345678');
			expect(result.items[1].json.error).toBe('Social25 rejected "061234": Social25 returned no record for this number (its answer says not every number succeeded) (item 1)');
			expect(await phoneOf(result.items[2].json.conversation_id)).toBe('31699887766');
		});

		it('records in another order than the numbers (initiateOrder=reversed)', async () => {
			await s.mock.variant('social25', { initiateOrder: 'reversed' });
			const result = await initiate(['0612345678', '+31699887766', '+32470123456']);
			expect(result.items.map((i) => i.json.input)).toEqual(['0612345678', '+31699887766', '+32470123456']);
			expect(await Promise.all(result.items.map((i) => phoneOf(i.json.conversation_id)))).toEqual(['31612345678', '31699887766', '32470123456']);
		});

		it('records holding only conversation_id and user_id, as the doc prints them (initiateRecordShape=documented): each is looked up', async () => {
			await s.mock.variant('social25', { initiateRecordShape: 'documented', initiateOrder: 'reversed', initiateRejected: 'omitted' });
			const result = await initiate(['0612345678', '061234', '+31699887766']);
			expect(result.items[0].json).toMatchObject({ input: '0612345678', conversation_id: expect.any(String), user_id: expect.any(String) });
			expect(await phoneOf(result.items[0].json.conversation_id)).toBe('31612345678');
			expect(result.items[1].json.error).toMatch(/^Social25 rejected "061234": Social25 returned no record/);
			expect(await phoneOf(result.items[2].json.conversation_id)).toBe('31699887766');
			const lookups = await s.requests({ method: 'GET' });
			expect(lookups.map((r) => r.path).sort()).toEqual(
				[result.items[0].json.conversation_id, result.items[2].json.conversation_id].map((id) => `/tenants/${s.samples.tenantId}/conversations/${id}/details/`).sort(),
			);
		});

		it('the default answer (rejected numbers listed with their error, in order, identified) needs no lookup', async () => {
			const result = await initiate(['0612345678', '061234']);
			expect(await phoneOf(result.items[0].json.conversation_id)).toBe('31612345678');
			expect(result.items[1].json.error).toBe('Social25 rejected "061234": Enter a valid phone number. (item 1)');
			expect(await s.requests({ method: 'GET' })).toEqual([]);
		});
	});

	describe("the mock refuses in the order Django REST Framework does (the doc's error table gives none)", () => {
		const call = (path: string, headers: Record<string, string> = {}, method = 'GET') => fetch(`${s.mock.url}/social25${path}`, { method, headers });
		const auth = () => ({ authorization: `Bearer ${s.credential.accessToken}` });

		it('an unknown path is a 404 with or without a token', async () => {
			expect((await call('/no/such/path/')).status).toBe(404);
			expect((await call('/no/such/path/', auth())).status).toBe(404);
		});

		it('a client that accepts no JSON gets 406 (the doc\'s "You requested a format that isn\'t json"), before authentication', async () => {
			const xml = await call('/tenants/', { ...auth(), accept: 'application/xml' });
			expect(xml.status).toBe(406);
			expect(await xml.json()).toEqual({ detail: 'Could not satisfy the request Accept header.' });
			expect((await call('/tenants/', { accept: 'application/xml' })).status).toBe(406);
			expect((await call('/tenants/', { ...auth(), accept: 'application/json, text/plain, */*' })).status).toBe(200);
		});

		it('a known path: 401 without the token, then 405 for the wrong method', async () => {
			expect((await call('/tenants/')).status).toBe(401);
			expect((await call('/tenants/', {}, 'DELETE')).status).toBe(401);
			expect((await call('/tenants/', auth(), 'DELETE')).status).toBe(405);
		});
	});
});
