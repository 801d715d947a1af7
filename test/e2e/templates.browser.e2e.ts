import { join } from 'node:path';

import { e2eRun, MockControl, PublicApi, RestSession, type E2eRun } from './context';
import { ARTIFACTS, launchEditorBrowser, type EditorBrowser, type Page } from './browser';

/**
 * Templates that explain themselves, in the real editor (Chromium driven by playwright-core, as in
 * browser.e2e.ts): a Spotler node on Message › Send with a template offers the picked template's
 * own languages and shows its variables, a rejected template is shown as rejected, and a run with
 * it is refused before anything is sent. Screenshots go to test-artifacts/.
 */

const run: E2eRun = e2eRun();
const api = new PublicApi(run);
const rest = new RestSession(run);
const mock = new MockControl(run.mockUrl);

const spotler = run.credentials.find((c) => c.slug === 'spotler');
const spotlerType = run.nodeTypes.find((t) => t.name.endsWith('.spotler'));

describe('templates in the real editor (Chromium): Spotler Message › Send', () => {
	let page: Page;
	let browser: EditorBrowser | undefined;
	const workflows: string[] = [];

	beforeAll(async () => {
		browser = await launchEditorBrowser();
		({ page } = browser);
		await page.goto(`${run.n8nUrl}/signin`);
		await page.fill('input[name="emailOrLdapLoginId"]', run.owner.email);
		await page.fill('input[name="password"]', run.owner.password);
		await page.click('[data-test-id="form-submit-button"]');
		await page.waitForURL((url: URL) => !url.pathname.startsWith('/signin'));
	});

	afterAll(async () => {
		await browser?.close();
		for (const id of workflows) await api.deleteWorkflow(id).catch(() => undefined);
	});

	/** A saved workflow Start → Spotler (Message › Send, template picked from the list), opened in the editor with the Spotler node's panel open. */
	async function openTemplateNode(template: string, templateLanguage = ''): Promise<string> {
		if (!spotler?.id || !spotlerType) throw new Error(`the Spotler node or credential is not loaded: ${spotler?.reason ?? 'no node type'}`);
		const created = await api.createWorkflow({
			name: `template check ${template} ${Date.now()}`,
			nodes: [
				{ id: 'start', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
				{
					id: 'spotler',
					name: 'Spotler',
					type: spotlerType.name,
					typeVersion: 2,
					position: [260, 0],
					credentials: { spotlerApi: { id: spotler.id, name: spotler.name } },
					parameters: {
						resource: 'message',
						operation: 'send',
						channel: { __rl: true, mode: 'id', value: spotler.samples!.channelJid },
						contact: spotler.samples!.contactJidOutsideCareWindow,
						messageType: 'template',
						template: { __rl: true, mode: 'list', value: template, cachedResultName: template },
						templateLanguage,
					},
				},
			],
			connections: { Start: { main: [[{ node: 'Spotler', type: 'main', index: 0 }]] } },
		});
		workflows.push(created.id);
		await page.goto(`${run.n8nUrl}/workflow/${created.id}`);
		// The editor's first load in a fresh browser profile can take long on a busy machine.
		const node = page.locator('[data-test-id="canvas-node"]', { hasText: 'Spotler' }).first();
		await node.waitFor({ timeout: 120_000 });
		await node.dblclick();
		await page.waitForSelector('[data-test-id="ndv"] [data-test-id="node-parameters"]');
		return created.id;
	}

	/** Opens the Language dropdown and returns the options it lists. */
	async function languageOptions(): Promise<string[]> {
		const input = page.locator('[data-test-id="parameter-input-templateLanguage"] input').first();
		const options = page.locator('.el-select-dropdown:visible .el-select-dropdown__item');
		// The first click may land while the panel is still settling: click again until the list opens.
		for (let attempt = 0; ; attempt++) {
			await input.click();
			const opened = await options
				.first()
				.waitFor({ timeout: 10_000 })
				.then(
					() => true,
					() => false,
				);
			if (opened || attempt === 2) break;
		}
		// Each option shows its name, then the translation's body text as its description.
		return (await options.allInnerTexts()).map((t: string) => t.trim().split('\n')[0].trim());
	}

	it('picking delivery_notification offers its own languages and shows its three variables with the words around them', async () => {
		await openTemplateNode('delivery_notification');
		expect(await languageOptions()).toEqual(['en', 'nl']);
		// The second option is nl (checked just above); its text runs on into its description.
		await page.locator('.el-select-dropdown:visible .el-select-dropdown__item').nth(1).click();
		const ndv = page.locator('[data-test-id="ndv"]');
		for (const label of ['{{1}} — in "Hoi {{1}}, je bestelling {{2}}…"', '{{2}} — in "…{{1}}, je bestelling {{2}} wordt op {{3}}…"', '{{3}} — in "…{{2}} wordt op {{3}} bezorgd."']) {
			await ndv.getByText(label, { exact: true }).first().waitFor();
		}
		await page.screenshot({ path: join(ARTIFACTS, 'spotler-template-variables.png') });
	});

	it('a rejected template is shown as rejected, and a run with it is refused before anything is sent', async () => {
		const id = await openTemplateNode('hello');
		expect(await languageOptions()).toEqual(['en (rejected: cannot be sent)']);
		await page.screenshot({ path: join(ARTIFACTS, 'spotler-template-rejected.png') });
		await page.keyboard.press('Escape');

		// Saved with the rejected language, as a user who picks it anyway would.
		const saved = await api.call('GET', `/workflows/${id}`);
		const node = saved.nodes.find((n: { name: string }) => n.name === 'Spotler');
		node.parameters.templateLanguage = 'en';
		await api.call('PUT', `/workflows/${id}`, { name: saved.name, nodes: saved.nodes, connections: saved.connections, settings: saved.settings });
		const sendsBefore = (await mock.requests({ provider: 'spotler', method: 'POST' })).length;
		const execution = await api.waitForExecution(await rest.runFrom(id, 'Start'));
		expect(execution.status).toBe('error');
		expect(execution.data?.resultData.error?.message).toBe('"Template" "hello" (en) is rejected; only approved templates can be sent (item 0)');
		expect((await mock.requests({ provider: 'spotler', method: 'POST' })).length).toBe(sendsBefore);
	});
});
