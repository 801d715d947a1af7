// The running stack: the built package loaded into a real n8n server, next to the mock server.
// Used by start.js (the demo, `npm run demo`) and by the end-to-end suite's global set-up.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const { N8nClient, OWNER, OutsideProjectError, ROOT, log, n8nEnv, paths, readJson, tmpDirIn, run, sleep } = require('./lib');

const PACKAGE_NAME = 'n8n-nodes-omnichannel';

function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

async function portInUse(port) {
	return new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		socket.once('connect', () => (socket.destroy(), resolve(true)));
		socket.once('error', () => resolve(false));
	});
}

/**
 * The package to load: the repo itself after `npm run build`, or an already built folder
 * (OMNICHANNEL_PACKAGE_DIR, e.g. a one-provider build from `scripts/build.js --only X --out DIR`).
 */
function preparePackage({ build = true } = {}) {
	const custom = process.env.OMNICHANNEL_PACKAGE_DIR;
	const dir = custom ? path.resolve(ROOT, custom) : ROOT;
	if (!custom && build) {
		log('Building the package (npm run build) ...');
		const result = run('npm', ['run', 'build', '--silent'], { cwd: ROOT });
		if (result.status !== 0) throw new Error(`npm run build failed:\n${result.output.slice(-4000)}`);
	}
	const pkgFile = path.join(dir, 'package.json');
	if (!fs.existsSync(pkgFile)) throw new Error(`no package.json in ${dir}`);
	const pkg = readJson(pkgFile);
	const files = [...(pkg.n8n?.nodes ?? []), ...(pkg.n8n?.credentials ?? [])];
	const missing = files.filter((f) => !fs.existsSync(path.join(dir, f)));
	if (missing.length) throw new Error(`the package in ${dir} is not built (missing ${missing.join(', ')}); run npm run build`);
	return { dir, pkg };
}

/**
 * Puts the built package where n8n looks for installed community packages
 * (<user folder>/.n8n/nodes/node_modules/<name>), as a copy so a rebuild while n8n runs cannot
 * half-change what it loaded. n8n-workflow is linked to the server's own copy, as npm would
 * do for the peer dependency when n8n installs a community package.
 */
function installPackageInto(userFolder, { dir, pkg }) {
	const modules = path.join(userFolder, '.n8n', 'nodes', 'node_modules');
	const target = path.join(modules, PACKAGE_NAME);
	fs.rmSync(target, { recursive: true, force: true });
	fs.mkdirSync(target, { recursive: true });
	fs.writeFileSync(path.join(target, 'package.json'), JSON.stringify({ ...pkg, name: PACKAGE_NAME }, null, 2));
	fs.cpSync(path.join(dir, 'dist'), path.join(target, 'dist'), { recursive: true });
	const peer = path.join(modules, 'n8n-workflow');
	fs.rmSync(peer, { recursive: true, force: true });
	fs.symlinkSync(path.join(paths.n8nDir, 'node_modules', 'n8n-workflow'), peer, 'dir');
	fs.writeFileSync(path.join(userFolder, '.n8n', 'nodes', 'package.json'), JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { [PACKAGE_NAME]: pkg.version } }, null, 2));
}

/** Spawns a long-running child in its own process group, keeping the tail of its output. */
function spawnService(name, command, args, options) {
	const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	const service = { name, child, output: '', exited: false, exitCode: null };
	// The whole output, when asked (the queue suite reads which worker ran what from it).
	const logStream = options.logFile ? fs.createWriteStream(options.logFile, { flags: 'a' }) : undefined;
	const collect = (chunk) => {
		service.output = (service.output + chunk).slice(-20000);
		logStream?.write(chunk);
		if (options.echo) process.stderr.write(chunk);
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	child.on('exit', (code, signal) => {
		service.exited = true;
		service.exitCode = code ?? signal;
	});
	// 'close' comes after the output is drained.
	child.on('close', () => logStream?.end());
	return service;
}

async function stopService(service, timeoutMs = 20000) {
	if (!service || service.exited) return;
	try {
		process.kill(-service.child.pid, 'SIGTERM');
	} catch {
		return;
	}
	const deadline = Date.now() + timeoutMs;
	while (!service.exited && Date.now() < deadline) await sleep(100);
	if (!service.exited) {
		try {
			process.kill(-service.child.pid, 'SIGKILL');
		} catch {
			// already gone
		}
	}
}

async function waitFor(what, service, probe, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	let lastError;
	while (Date.now() < deadline) {
		if (service.exited) {
			throw new Error(`${service.name} exited (${service.exitCode}) before ${what}:\n${service.output.slice(-4000)}`);
		}
		try {
			if (await probe()) return;
		} catch (error) {
			lastError = error;
		}
		await sleep(500);
	}
	throw new Error(`${what}: timed out after ${timeoutMs / 1000} s (${lastError?.message ?? 'no answer'}):\n${service.output.slice(-4000)}`);
}

async function startMock({ port, echo, env = {} }) {
	const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
	if (!fs.existsSync(tsx)) throw new Error('tsx is missing: run npm ci first');
	const service = spawnService('mock server', tsx, ['mock-server/cli.ts', '--port', String(port), '--host', '127.0.0.1'], {
		cwd: ROOT,
		env: { ...process.env, ...env },
		echo,
	});
	const url = `http://127.0.0.1:${port}`;
	await waitFor('the mock server answered', service, async () => (await fetch(`${url}/__control/credentials`)).ok, 30000);
	return { service, url };
}

async function startN8n({ port, userFolder, echo }) {
	const brokerPort = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const env = n8nEnv({
		N8N_USER_FOLDER: userFolder,
		TMPDIR: tmpDirIn(userFolder),
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: process.env.N8N_LISTEN_ADDRESS ?? '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: `${url}/`,
		// The URL the triggers register on the provider: n8n's own webhook router.
		N8N_WEBHOOK_URL: `${url}/`,
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
	});
	const service = spawnService('n8n', path.join(paths.nodeBin, 'node'), [paths.n8nCli, 'start'], { cwd: userFolder, env, echo });
	await waitFor('n8n answered /healthz', service, async () => (await fetch(`${url}/healthz`)).ok, 180000);
	// /healthz answers before the REST and public APIs are mounted; an unauthenticated call
	// answers 401 (JSON) only once they are.
	await waitFor(
		'the n8n REST API answered',
		service,
		async () => {
			const [settings, apiKeys, publicApi] = await Promise.all(['/rest/settings', '/rest/api-keys', '/api/v1/workflows'].map((p) => fetch(`${url}${p}`)));
			return settings.ok && apiKeys.status === 401 && publicApi.status === 401;
		},
		90000,
	);
	return { service, url };
}

/** Owner account on a fresh user folder, or a login to the existing one. */
async function signIn(client) {
	const settings = await client.get('/rest/settings');
	if (settings?.userManagement?.showSetupOnFirstLoad !== false) {
		await client.post('/rest/owner/setup', OWNER);
	}
	await client.post('/rest/login', { emailOrLdapLoginId: OWNER.email, email: OWNER.email, password: OWNER.password });
}

/** An API key for the public API (/api/v1): created once, kept in the user folder. */
async function ensureApiKey(client, userFolder) {
	const keyFile = path.join(userFolder, 'omnichannel-api-key.json');
	if (fs.existsSync(keyFile)) {
		client.apiKey = readJson(keyFile).apiKey;
		try {
			await client.get('/api/v1/workflows?limit=1', { publicApi: true });
			return client.apiKey;
		} catch {
			// stale key (e.g. a reset database): make a new one
		}
	}
	let scopes;
	try {
		scopes = await client.get('/rest/api-keys/scopes');
	} catch {
		scopes = undefined;
	}
	const created = await client.post('/rest/api-keys', {
		label: `omnichannel ${new Date().toISOString()}`,
		expiresAt: null,
		...(scopes ? { scopes } : {}),
	});
	client.apiKey = created.rawApiKey ?? created.apiKey;
	if (!client.apiKey) throw new Error(`n8n created an API key but did not return it: ${JSON.stringify(created).slice(0, 300)}`);
	fs.writeFileSync(keyFile, JSON.stringify({ apiKey: client.apiKey }));
	return client.apiKey;
}

/**
 * Which of the package's credential types a provider's mock credential goes into: `<slug>Api`
 * when it exists, else the package credential named after the provider that has a Base URL field.
 */
function credentialTypeFor(slug, packageCredentialTypes) {
	const exact = packageCredentialTypes.find((t) => t.name === `${slug}Api`);
	if (exact) return exact;
	return packageCredentialTypes.find((t) => t.name.toLowerCase().startsWith(slug.toLowerCase()) && (t.properties ?? []).some((p) => /^base ?url$/i.test(p.name) || p.displayName === 'Base URL'));
}

/** The package's credential types among all those the running server knows. */
function packageCredentialTypes(all, pkg) {
	const ours = new Set();
	for (const file of pkg.n8n?.credentials ?? []) ours.add(path.basename(file, '.credentials.js'));
	// A credential class name is the type name with a capital first letter (SpotlerApi -> spotlerApi).
	return all.filter((t) => ours.has(t.name.charAt(0).toUpperCase() + t.name.slice(1)));
}

/** A credential type's fields, with those of the types it extends (e.g. oAuth2Api's client id). */
function propertiesOf(type, allTypes, seen = new Set()) {
	if (seen.has(type.name)) return [];
	seen.add(type.name);
	const inherited = (type.extends ?? []).flatMap((name) => {
		const parent = allTypes.find((t) => t.name === name);
		return parent ? propertiesOf(parent, allTypes, seen) : [];
	});
	return [...inherited, ...(type.properties ?? [])];
}

const credentialName = (displayName) => `${displayName} (mock)`;

/**
 * One credential per provider that the package has a credential type for, filled with what the
 * mock says to type in (GET /__control/credentials). Updates the credential when it exists.
 * Returns one row per mock provider, saying what happened, so nothing is left out silently.
 */
async function importCredentials(client, mockUrl, pkg) {
	const mockCredentials = await (await fetch(`${mockUrl}/__control/credentials`)).json();
	const allTypes = await client.get('/types/credentials.json');
	const types = packageCredentialTypes(allTypes, pkg);
	const existing = await client.get('/rest/credentials');
	const rows = [];
	for (const [slug, info] of Object.entries(mockCredentials)) {
		const type = credentialTypeFor(slug, types);
		if (!type) {
			rows.push({ slug, status: 'skipped', reason: 'the package has no credential type for this provider yet' });
			continue;
		}
		const fields = new Set(propertiesOf(type, allTypes).map((p) => p.name));
		const data = Object.fromEntries(Object.entries(info.credential ?? {}).filter(([k]) => fields.has(k)));
		const dropped = Object.keys(info.credential ?? {}).filter((k) => !fields.has(k));
		const name = credentialName(type.displayName);
		const found = existing.find((c) => c.type === type.name && c.name === name);
		const saved = found ? await client.patch(`/rest/credentials/${found.id}`, { name, type: type.name, data }) : await client.post('/rest/credentials', { name, type: type.name, data });
		rows.push({ slug, status: found ? 'updated' : 'created', type: type.name, id: saved.id ?? found.id, name, samples: info.samples, dropped });
	}
	return rows;
}

/** Example workflows (examples/*.json), their credentials pointed at the imported ones. */
function readExamples() {
	if (!fs.existsSync(paths.examples)) return [];
	return fs
		.readdirSync(paths.examples)
		.filter((f) => f.endsWith('.json') && !f.endsWith('.e2e.json'))
		.sort()
		.map((file) => ({ file, workflow: readJson(path.join(paths.examples, file)) }));
}

function withImportedCredentials(workflow, credentialRows) {
	const byType = Object.fromEntries(credentialRows.filter((r) => r.id).map((r) => [r.type, { id: r.id, name: r.name }]));
	const nodes = (workflow.nodes ?? []).map((node) => {
		if (!node.credentials) return node;
		const credentials = Object.fromEntries(Object.entries(node.credentials).map(([type, ref]) => [type, byType[type] ?? ref]));
		return { ...node, credentials };
	});
	return { ...workflow, nodes };
}

/**
 * Creates each example workflow that n8n does not have yet (by name); returns { file, id, name,
 * status }, status 'imported', 'kept' or 'restored'. One that exists is kept as it is, since the
 * user may have edited it, unless `restore` is set: then it is replaced by the file's version.
 */
async function importExamples(client, credentialRows, { restore = false } = {}) {
	const examples = readExamples();
	if (examples.length === 0) return [];
	const existing = await client.get('/rest/workflows');
	const rows = [];
	for (const { file, workflow } of examples) {
		const body = withImportedCredentials(workflow, credentialRows);
		const name = body.name ?? path.basename(file, '.json');
		const payload = {
			name,
			nodes: body.nodes,
			connections: body.connections ?? {},
			settings: body.settings ?? {},
			pinData: body.pinData ?? {},
		};
		const found = existing.find((w) => w.name === name);
		if (found && !restore) {
			rows.push({ file, id: found.id, name, status: 'kept' });
			continue;
		}
		let saved;
		if (found) {
			const current = await client.get(`/rest/workflows/${found.id}`);
			saved = await client.patch(`/rest/workflows/${found.id}`, { ...payload, versionId: current.versionId });
		} else {
			saved = await client.post('/rest/workflows', payload);
		}
		rows.push({ file, id: saved.id, name, status: found ? 'restored' : 'imported' });
	}
	return rows;
}

/**
 * Starts everything: mock, n8n with the package, owner login, API key, credentials, examples
 * (those n8n already has are kept unless `restoreExamples`).
 * Returns a handle with stop(); `echo` streams n8n's and the mock's output; `runFile` records
 * where everything runs, for stop.js and import.js (the demo's .n8n-e2e/run.json).
 */
async function startStack({ userFolder, port, mockPort, build = true, echo = false, runFile, restoreExamples = false }) {
	if (!require('./lib').isInstalled()) {
		throw new OutsideProjectError('n8n is not installed in .n8n-e2e/ (node scripts/n8n/install.js failed or was not run)');
	}
	const pkg = preparePackage({ build });
	const n8nPort = port ?? (await freePort());
	mockPort = mockPort ?? (await freePort());
	for (const [what, p] of [
		['n8n', n8nPort],
		['the mock server', mockPort],
	]) {
		if (await portInUse(p)) throw new Error(`port ${p} for ${what} is already in use (is a demo already running? node scripts/n8n/stop.js)`);
	}
	fs.mkdirSync(userFolder, { recursive: true });
	installPackageInto(userFolder, pkg);

	const stack = { userFolder, services: [] };
	stack.stop = async () => {
		for (const service of [...stack.services].reverse()) await stopService(service);
		if (runFile) fs.rmSync(runFile, { force: true });
	};
	try {
		log(`Starting the mock server on port ${mockPort} ...`);
		const mock = await startMock({ port: mockPort, echo });
		stack.services.push(mock.service);
		stack.mockUrl = mock.url;

		log(`Starting n8n on port ${n8nPort} (usually 10 to 60 s) ...`);
		const n8n = await startN8n({ port: n8nPort, userFolder, echo });
		stack.services.push(n8n.service);
		stack.n8nUrl = n8n.url;
		stack.n8nService = n8n.service;

		const client = new N8nClient(n8n.url);
		await signIn(client);
		await ensureApiKey(client, userFolder);
		stack.client = client;
		stack.apiKey = client.apiKey;
		stack.pkg = pkg.pkg;
		stack.credentials = await importCredentials(client, mock.url, pkg.pkg);
		stack.examples = await importExamples(client, stack.credentials, { restore: restoreExamples });

		if (runFile)
			fs.writeFileSync(
				runFile,
				JSON.stringify(
					{
						n8nUrl: stack.n8nUrl,
						mockUrl: stack.mockUrl,
						userFolder,
						owner: OWNER,
						apiKey: stack.apiKey,
						pids: stack.services.map((s) => s.child.pid),
						starter: process.pid,
						credentials: stack.credentials,
						examples: stack.examples,
					},
					null,
					2,
				),
			);
		return stack;
	} catch (error) {
		await stack.stop();
		throw error;
	}
}

/** The package as the demo's n8n loaded it (its copy in the user folder). */
function installedPackage(userFolder) {
	return readJson(path.join(userFolder, '.n8n', 'nodes', 'node_modules', PACKAGE_NAME, 'package.json'));
}

module.exports = {
	installedPackage,
	PACKAGE_NAME,
	startStack,
	importCredentials,
	importExamples,
	freePort,
	// The pieces, for the queue-mode stack (queue.js).
	portInUse,
	preparePackage,
	installPackageInto,
	spawnService,
	stopService,
	waitFor,
	startMock,
	signIn,
	ensureApiKey,
};
