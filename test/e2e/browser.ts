import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ROOT } from './context';

/**
 * Debian's Chromium driven by playwright-core (both outside the repo's node_modules), as every
 * real-browser check of the suite launches it.
 */
const CHROMIUM = '/usr/bin/chromium';
const PLAYWRIGHT = join(ROOT, '.n8n-e2e', 'tools', 'node_modules', 'playwright-core');
export const ARTIFACTS = join(ROOT, 'test-artifacts');

// playwright-core is not a dependency of the repo; its types are not either.
export type Page = any;
export type BrowserContext = any;

export interface EditorBrowser {
	context: BrowserContext;
	page: Page;
	/** Closes the browser and removes its profile folder. */
	close(): Promise<void>;
}

/** A headless Chromium with a fresh profile, flags that keep it off the network, and one page. */
export async function launchEditorBrowser(): Promise<EditorBrowser> {
	if (!existsSync(CHROMIUM)) throw new Error(`outside the project: ${CHROMIUM} is missing (apt-get install -y chromium)`);
	if (!existsSync(PLAYWRIGHT)) throw new Error('outside the project: playwright-core is missing from .n8n-e2e/tools (node scripts/n8n/install.js --force)');
	mkdirSync(ARTIFACTS, { recursive: true });
	const userDataDir = mkdtempSync(join(tmpdir(), 'omnichannel-chromium-'));
	// playwright-core lives in .n8n-e2e/tools, outside node_modules: loaded by its path at run time.
	const { chromium } = createRequire(__filename)(PLAYWRIGHT);
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: CHROMIUM,
		headless: true,
		viewport: { width: 1440, height: 900 },
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	const page = context.pages()[0] ?? (await context.newPage());
	page.setDefaultTimeout(30_000);
	return {
		context,
		page,
		close: async () => {
			await context.close();
			rmSync(userDataDir, { recursive: true, force: true });
		},
	};
}
