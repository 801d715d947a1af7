import { join } from 'node:path';

import { e2eRun, eventually, MockControl, PublicApi, type E2eRun } from './context';
import { ARTIFACTS, launchEditorBrowser, type EditorBrowser, type Page } from './browser';

/**
 * The editor in a real browser (Debian's Chromium driven by playwright-core, both outside the
 * repo's node_modules): sign in, the node creator lists each of the package's nodes with its
 * icon, the node's actions (operations) render and open a node panel, and the credential's test
 * button succeeds against the mock; searching a channel ("WhatsApp") or what a node does finds the
 * package's nodes, and a node with several credentials labels each picker by its provider.
 * Screenshots of each provider's node panel and credential test go to test-artifacts/.
 */

const run: E2eRun = e2eRun();
const api = new PublicApi(run);
const mock = new MockControl(run.mockUrl);

/** The action nodes (what the node creator lists as an app). */
const actionNodes = run.nodeTypes.filter((t) => !t.group.includes('trigger') && !t.name.endsWith('Tool'));
/** One provider's node: one credential, resources and operations. */
const apps = actionNodes
	.filter((t) => t.hasOperations && t.credentials?.length === 1)
	.map((type) => {
		const credentialType = type.credentials?.[0]?.name;
		const credential = run.credentials.find((c) => c.type === credentialType);
		const triggers = run.nodeTypes.filter((t) => t.group.includes('trigger') && t.credentials?.[0]?.name === credentialType);
		return { type, credential, triggers, slug: credential?.slug ?? type.name.split('.')[1] };
	});

describe('the editor in a real browser (Chromium)', () => {
	let page: Page;
	let browser: EditorBrowser | undefined;
	const workflows: string[] = [];

	beforeAll(async () => {
		browser = await launchEditorBrowser();
		({ page } = browser);
	});

	afterAll(async () => {
		await browser?.close();
		for (const id of workflows) await api.deleteWorkflow(id).catch(() => undefined);
	});

	it('signs in with the owner login', async () => {
		await page.goto(`${run.n8nUrl}/signin`);
		await page.fill('input[name="emailOrLdapLoginId"]', run.owner.email);
		await page.fill('input[name="password"]', run.owner.password);
		await page.click('[data-test-id="form-submit-button"]');
		await page.waitForURL((url: URL) => !url.pathname.startsWith('/signin'));
		expect(new URL(page.url()).pathname).not.toBe('/signin');
	});

	it(`the package has nodes loaded: ${actionNodes.map((t) => t.displayName).join(', ')}`, () => {
		expect(apps.length).toBeGreaterThan(0);
	});

	/** A workflow with a Manual Trigger, opened in the editor, with the node creator open on `search`. */
	async function openNodeCreator(search: string) {
		const created = await api.createWorkflow({
			name: `browser check ${search} ${Date.now()}`,
			nodes: [{ id: 'start', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} }],
			connections: {},
		});
		workflows.push(created.id);
		await page.goto(`${run.n8nUrl}/workflow/${created.id}`);
		await page.waitForSelector('[data-test-id="canvas-node"]');
		await page.click('[data-test-id="node-creator-plus-button"]');
		await page.waitForSelector('[data-test-id="node-creator-search-bar"]');
		await page.keyboard.type(search);
	}

	/** What a user types in the node panel, and the package's action nodes it must find (codex aliases). */
	const searches: Array<{ search: string; expected: string[] }> = [
		{ search: 'WhatsApp', expected: actionNodes.map((t) => t.displayName) },
		{ search: 'webcare', expected: actionNodes.filter((t) => /^(parley|omnichannelReply)$/.test(t.name.split('.')[1])).map((t) => t.displayName) },
	];
	it.each(searches)('searching "$search" in the node panel finds the package\'s nodes ($expected)', async ({ search, expected }) => {
		expect(expected.length).toBeGreaterThan(0);
		await openNodeCreator(search);
		for (const displayName of expected) await page.waitForSelector(appItem(displayName));
		const listed = await page.locator('[data-test-id="item-iterator-item"] [data-test-id="node-creator-item-name"]').allInnerTexts();
		expect(listed).toEqual(expect.arrayContaining(expected));
		await page.screenshot({ path: join(ARTIFACTS, `search-${search.toLowerCase()}.png`) });
	});

	/** The node creator's action entries (not the resource headings between them). */
	const actionItems = () => page.locator('[data-test-id="item-iterator-item"][data-keyboard-nav-type="action"]');

	const appItem = (displayName: string) => `[data-test-id="item-iterator-item"]:has([data-test-id="node-creator-item-name"]:text-is("${displayName}"))`;

	async function iconLoaded(selector: string): Promise<{ src: string; width: number }> {
		const icon = page.locator(selector).first();
		await icon.waitFor();
		await page.waitForFunction((el: HTMLImageElement) => el.complete, await icon.elementHandle());
		return icon.evaluate((el: HTMLImageElement) => ({ src: el.getAttribute('src') ?? '', width: el.naturalWidth }));
	}

	describe.each(apps.map((a) => [a.type.displayName, a] as const))('%s', (displayName, app) => {
		const expectedIcon = `/icons/${run.packageName}/`;

		it('the node creator lists it with its icon, and its actions (and triggers) render', async () => {
			await openNodeCreator(displayName);
			await page.waitForSelector(appItem(displayName));
			const icon = await iconLoaded(`${appItem(displayName)} img`);
			expect(icon.src).toContain(expectedIcon);
			expect(icon.width).toBeGreaterThan(0);

			await page.click(appItem(displayName));
			const heading = page.getByText(/^Actions \(\d+\)/).first();
			await heading.waitFor();
			await actionItems().first().waitFor();
			const listed = Number((await heading.innerText()).match(/\d+/)![0]);
			expect(listed).toBeGreaterThan(0);
			expect(await actionItems().count()).toBeGreaterThan(0);
			if (app.triggers.length)
				await page
					.getByText(/^Triggers \(\d+\)/)
					.first()
					.waitFor();
			await page.screenshot({ path: join(ARTIFACTS, `${app.slug}-node-creator.png`) });
		});

		it('an action opens the node panel with its resource, operation and the mock credential', async () => {
			if (!app.credential?.name) throw new Error(`no credential for ${app.type.name} was imported: ${app.credential?.reason ?? 'unknown provider'}`);
			// A "Send ..." action when there is one (the typical first step), else the first listed.
			const send = actionItems().filter({ hasText: /^\s*Send/ });
			await ((await send.count()) ? send.first() : actionItems().first()).click();
			await page.waitForSelector('[data-test-id="ndv"]');
			await page.waitForSelector('[data-test-id="node-parameters"]');
			for (const field of ['resource', 'operation']) {
				const input = page.locator(`[data-test-id="parameter-input-${field}"] input`).first();
				expect((await input.inputValue()).length).toBeGreaterThan(0);
			}
			const credential = page.locator('[data-test-id="node-credentials-select"] input').first();
			expect(await credential.inputValue()).toBe(app.credential.name);
			const icon = await iconLoaded('[data-test-id="ndv"] img');
			expect(icon.src).toContain(expectedIcon);
			await page.screenshot({ path: join(ARTIFACTS, `${app.slug}-node-panel.png`) });
		});

		it("the credential's test button succeeds against the mock", async () => {
			await page.click('[data-test-id="credential-edit-button"]');
			const success = page.locator('[data-test-id="credentials-config-container-test-success"]');
			// Opening a saved credential tests it once; the button then repeats the test on demand.
			await success.waitFor();
			const before = (await mock.requests({ provider: app.slug })).length;
			const testButton = success.getByRole('button', { name: 'Retry' });
			await testButton.click();
			const after = await eventually(
				() => mock.requests({ provider: app.slug }),
				(list) => list.length > before,
			);
			// The button shows a spinner while n8n tests; the success box is back once it is done.
			await page.locator('[data-test-id="credentials-config-container-test-success"] button:not(.is-loading):not([disabled])').waitFor();
			await testButton.waitFor();
			expect(await success.innerText()).toContain('Connection tested successfully');
			expect(after.length).toBeGreaterThan(before);
			expect(after.at(-1)?.status).toBe(200);
			// Unfocused and settled, so the screenshot shows the button as a user sees it afterwards.
			await testButton.evaluate((el: HTMLElement) => el.blur());
			await page.mouse.move(5, 5);
			await page.waitForTimeout(500);
			await page.screenshot({ path: join(ARTIFACTS, `${app.slug}-credential-test.png`) });
		});
	});

	// Nodes that work across providers (several credentials, no operations), e.g. Omnichannel Reply.
	const shared = actionNodes.filter((t) => !apps.some((a) => a.type === t));
	describe.each(shared.map((t) => [t.displayName, t] as const))('%s (works with every provider)', (displayName, type) => {
		it('the node creator lists it with its icon, and it opens its node panel with its parameters', async () => {
			await openNodeCreator(displayName);
			await page.waitForSelector(appItem(displayName));
			const icon = await iconLoaded(`${appItem(displayName)} img`);
			expect(icon.src).toContain(`/icons/${run.packageName}/`);
			expect(icon.width).toBeGreaterThan(0);
			await page.click(appItem(displayName));
			// An installed node without actions gets a details panel with an "Add to workflow" button.
			await page.getByRole('button', { name: 'Add to workflow' }).click();
			await page.waitForSelector('[data-test-id="ndv"]');
			await page.waitForSelector('[data-test-id="node-parameters"]');
			expect(await page.locator('[data-test-id="node-parameters"] [data-test-id^="parameter-input-"]').count()).toBeGreaterThan(0);
			await page.screenshot({ path: join(ARTIFACTS, `${type.name.split('.')[1]}-node-panel.png`) });
		});

		it('labels each credential picker by its provider, under a notice that only the arriving providers need one', async () => {
			const labels = (type.credentials ?? []).map((c) => (c as { displayName?: string }).displayName ?? '');
			expect(labels.length).toBeGreaterThan(1);
			expect(labels.every((l) => l.length > 0)).toBe(true);
			const ndv = page.locator('[data-test-id="ndv"]');
			expect(await ndv.locator('[data-test-id="node-credentials-select"]').count()).toBe(labels.length);
			for (const label of labels) await ndv.getByText(label, { exact: true }).first().waitFor();
			expect(await ndv.getByText('Credential', { exact: true }).count()).toBe(0);
			await ndv
				.getByText(/only the providers whose messages arrive here need a credential/)
				.first()
				.waitFor();
			await page.screenshot({ path: join(ARTIFACTS, `${type.name.split('.')[1]}-credentials.png`) });
		});
	});
});
