// Starts the real stack once for the whole e2e run: installs n8n into .n8n-e2e/ if needed,
// loads the built package into a fresh n8n user folder, starts the mock and n8n on free ports,
// signs in, creates an API key and imports the mock credentials and examples/*.json.
// A failure here fails the run (jest reports it and runs no test): the suite never passes
// without having run against the real server.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { OutsideProjectError, log, n8nEnv, paths } = require('../../scripts/n8n/lib');
const install = require('../../scripts/n8n/install');
const { PACKAGE_NAME, freePort, startStack } = require('../../scripts/n8n/stack');

const RUN_FILE = path.join(paths.home, 'e2e-run.json');

module.exports = async function globalSetup() {
	const started = Date.now();
	let userFolder;
	try {
		install.main();
		userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'omnichannel-e2e-'));
		// E2E_BUILD=0 loads the package as already built (dist/ or OMNICHANNEL_PACKAGE_DIR).
		const stack = await startStack({ userFolder, build: process.env.E2E_BUILD !== '0', echo: process.env.E2E_ECHO === '1' });
		globalThis.__omnichannelStack = stack;
		const pkg = stack.pkg;
		// The package's node types as the running server loaded them (name, versions, group, icon).
		const nodeTypes = (await stack.client.get('/types/nodes.json'))
			.filter((t) => t.name.startsWith(`${PACKAGE_NAME}.`))
			.map(({ name, displayName, version, group, icon, iconUrl, credentials, webhooks, polling, properties }) => ({
				name,
				displayName,
				version,
				group,
				icon: iconUrl ?? icon,
				credentials,
				webhookPaths: (webhooks ?? []).map((w) => w.path),
				polling: Boolean(polling),
				hasOperations: (properties ?? []).some((p) => p.name === 'operation'),
			}));
		fs.writeFileSync(
			RUN_FILE,
			JSON.stringify(
				{
					n8nUrl: stack.n8nUrl,
					mockUrl: stack.mockUrl,
					userFolder,
					owner: require('../../scripts/n8n/lib').OWNER,
					apiKey: stack.apiKey,
					packageName: PACKAGE_NAME,
					packageNodes: pkg.n8n?.nodes ?? [],
					nodeTypes,
					credentials: stack.credentials,
					examples: stack.examples,
					examplesDir: paths.examples,
					// The CLI runs beside the server: same database, its own task-runner port.
					cliEnv: n8nEnv({ N8N_USER_FOLDER: userFolder, N8N_RUNNERS_BROKER_PORT: String(await freePort()), N8N_LOG_LEVEL: 'info' }),
					cli: { node: path.join(paths.nodeBin, 'node'), n8n: paths.n8nCli },
				},
				null,
				2,
			),
		);
		log(`e2e: n8n ${stack.n8nUrl} and mock ${stack.mockUrl} ready in ${Math.round((Date.now() - started) / 1000)} s`);
	} catch (error) {
		if (userFolder) fs.rmSync(userFolder, { recursive: true, force: true });
		const message = error instanceof OutsideProjectError ? error.message : `could not start n8n for the e2e suite: ${error.message}`;
		throw new Error(`E2E SUITE DID NOT RUN: ${message}`);
	}
};
