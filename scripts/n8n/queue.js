// n8n in queue mode, as a self-hoster scales it out: PostgreSQL and Redis (Debian's packages,
// each in a temporary folder on a free port), one main n8n (triggers, timers, REST API), worker
// processes that run the executions and one webhook process that takes inbound calls, all with
// the built package and against the mock. Used by the queue-mode suite (test/e2e-queue/).
// Each n8n process has a user folder of its own (with its own copy of the package), as on
// separate hosts: only the database, Redis, the encryption key and the URLs are shared.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { N8nClient, OWNER, OutsideProjectError, isInstalled, log, n8nEnv, paths, tmpDirIn, run, sleep } = require('./lib');
const { ensureApiKey, freePort, importCredentials, installPackageInto, preparePackage, signIn, spawnService, startMock, stopService, waitFor } = require('./stack');

const ENCRYPTION_KEY = 'omnichannel-queue-e2e-encryption-key-0123456789';
const DATABASE = 'n8n';

/** Debian's PostgreSQL server binaries (any installed major version, the newest first). */
function postgresBin() {
	const root = '/usr/lib/postgresql';
	if (!fs.existsSync(root)) return undefined;
	const versions = fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')));
	versions.sort((a, b) => Number(b) - Number(a));
	return versions.length ? path.join(root, versions[0], 'bin') : undefined;
}

const hasCommand = (cmd) => run('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** redis-server and PostgreSQL from apt when missing (CI runs on a fresh machine, as root). */
function ensureSystemPackages() {
	const missing = [];
	if (!hasCommand('redis-server')) missing.push('redis-server');
	if (!postgresBin()) missing.push('postgresql');
	if (missing.length === 0) return;
	if (process.getuid?.() !== 0) {
		throw new OutsideProjectError(`${missing.join(' and ')} missing and not root: apt-get install -y ${missing.join(' ')}`);
	}
	log(`Installing ${missing.join(', ')} with apt-get ...`);
	for (const args of [['update'], ['install', '-y', ...missing]]) {
		const result = run('apt-get', args, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
		if (result.status !== 0) throw new OutsideProjectError(`apt-get ${args.join(' ')} failed:\n${result.output.slice(-2000)}`);
	}
	if (!hasCommand('redis-server') || !postgresBin()) throw new OutsideProjectError(`apt-get installed ${missing.join(', ')} but the programs are still missing`);
}

/**
 * PostgreSQL refuses to run as root: as root, its commands run as Debian's postgres user
 * (created by the package), in a folder that user owns.
 */
function asPostgresUser(cmd, args) {
	return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
}

async function startPostgres({ dir, port, echo }) {
	const bin = postgresBin();
	const data = path.join(dir, 'data');
	fs.mkdirSync(data, { recursive: true });
	if (process.getuid?.() === 0) run('chown', ['-R', 'postgres:postgres', dir]);
	const [initCmd, initArgs] = asPostgresUser(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-instructions']);
	const init = run(initCmd, initArgs);
	if (init.status !== 0) throw new Error(`initdb failed:\n${init.output.slice(-2000)}`);
	// In the foreground, so it is our child and stops with the stack; the socket stays in the folder.
	const [cmd, args] = asPostgresUser(path.join(bin, 'postgres'), ['-D', data, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-k', dir, '-c', 'max_connections=200']);
	const service = spawnService('postgres', cmd, args, { cwd: dir, env: process.env, echo, logFile: path.join(dir, 'postgres.log') });
	await waitFor('PostgreSQL accepted connections', service, async () => run(path.join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port)]).status === 0, 60000);
	const [createCmd, createArgs] = asPostgresUser(path.join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', DATABASE]);
	const created = run(createCmd, createArgs);
	if (created.status !== 0) throw new Error(`createdb failed:\n${created.output.slice(-2000)}`);
	return service;
}

async function startRedis({ dir, port, echo }) {
	// No persistence: the queue lives as long as the run.
	const service = spawnService('redis', 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
		cwd: dir,
		env: process.env,
		echo,
	});
	await waitFor('Redis answered', service, async () => run('redis-cli', ['-p', String(port), 'ping']).output.includes('PONG'), 30000);
	return service;
}

/** What every n8n process of the stack shares: database, queue, key, URLs. */
function sharedEnv({ pgPort, redisPort, mainUrl, webhookUrl }) {
	return {
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(pgPort),
		DB_POSTGRESDB_DATABASE: DATABASE,
		DB_POSTGRESDB_USER: 'postgres',
		DB_POSTGRESDB_PASSWORD: '',
		// n8n's default pool is 2 connections a process: under a burst the webhook process waited
		// for one until its database ping timed out and it answered 503 "Database is not ready!".
		DB_POSTGRESDB_POOL_SIZE: '10',
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redisPort),
		N8N_ENCRYPTION_KEY: ENCRYPTION_KEY,
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: `${mainUrl}/`,
		// What triggers register with providers: the webhook process, not main.
		N8N_WEBHOOK_URL: `${webhookUrl}/`,
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
		// The suite reads "Worker started execution N" from the workers' logs.
		N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL ?? 'info',
	};
}

/**
 * The stack. `start()` brings everything up; `startN8n(name)`, `stopN8n(name)`, `killN8n(name)`
 * restart or kill one n8n process; `stop()` ends everything and removes the temporary folder.
 */
class QueueStack {
	constructor({ workers = 2, build = true, echo = false } = {}) {
		this.workerCount = workers;
		this.build = build;
		this.echo = echo;
		this.services = {};
		this.n8n = {};
	}

	async start() {
		if (!isInstalled()) throw new OutsideProjectError('n8n is not installed in .n8n-e2e/ (node scripts/n8n/install.js failed or was not run)');
		ensureSystemPackages();
		this.pkg = preparePackage({ build: this.build });
		this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'omnichannel-queue-'));
		fs.chmodSync(this.dir, 0o755);
		try {
			const [mockPort, pgPort, redisPort, mainPort, webhookPort] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
			this.mainUrl = `http://127.0.0.1:${mainPort}`;
			this.webhookUrl = `http://127.0.0.1:${webhookPort}`;
			this.ports = { mockPort, pgPort, redisPort, mainPort, webhookPort };

			log(`queue: mock on ${mockPort}, PostgreSQL on ${pgPort}, Redis on ${redisPort} ...`);
			// Logs big enough to account for a 10,000-recipient broadcast and 1,000-message bursts.
			const mock = await startMock({ port: mockPort, echo: this.echo, env: { MOCK_MAX_REQUESTS: '100000', MOCK_MAX_DELIVERIES: '50000' } });
			this.services.mock = mock.service;
			this.mockUrl = mock.url;
			fs.mkdirSync(path.join(this.dir, 'postgres'));
			this.services.postgres = await startPostgres({ dir: path.join(this.dir, 'postgres'), port: pgPort, echo: this.echo });
			fs.mkdirSync(path.join(this.dir, 'redis'));
			this.services.redis = await startRedis({ dir: path.join(this.dir, 'redis'), port: redisPort, echo: this.echo });
			this.shared = sharedEnv({ pgPort, redisPort, mainUrl: this.mainUrl, webhookUrl: this.webhookUrl });

			// Main first: it creates the database schema the others wait for.
			await this.startN8n('main');
			const client = new N8nClient(this.mainUrl);
			await signIn(client);
			await ensureApiKey(client, this.n8n.main.userFolder);
			this.client = client;
			this.apiKey = client.apiKey;
			this.credentials = await importCredentials(client, this.mockUrl, this.pkg.pkg);
			await Promise.all([this.startN8n('webhook'), ...this.workerNames().map((name) => this.startN8n(name))]);
			return this;
		} catch (error) {
			await this.stop();
			throw error;
		}
	}

	workerNames() {
		return Array.from({ length: this.workerCount }, (_, i) => `worker${i + 1}`);
	}

	/** Starts (or restarts) one n8n process: main, webhook or workerN. Its user folder is kept across restarts. */
	async startN8n(name) {
		const current = this.n8n[name];
		if (current && !current.service.exited) throw new Error(`${name} is already running`);
		const userFolder = current?.userFolder ?? path.join(this.dir, name);
		if (!current) {
			fs.mkdirSync(userFolder, { recursive: true });
			installPackageInto(userFolder, this.pkg);
		}
		const brokerPort = await freePort();
		const kind = name === 'main' ? 'main' : name === 'webhook' ? 'webhook' : 'worker';
		let port;
		let args;
		if (kind === 'main') {
			port = this.ports.mainPort;
			args = ['start'];
		} else if (kind === 'webhook') {
			port = this.ports.webhookPort;
			args = ['webhook'];
		} else {
			port = current?.port ?? (await freePort());
			args = ['worker', `--concurrency=${process.env.QUEUE_WORKER_CONCURRENCY ?? 10}`];
		}
		const env = n8nEnv({
			...this.shared,
			N8N_USER_FOLDER: userFolder,
			TMPDIR: tmpDirIn(userFolder),
			N8N_PORT: String(kind === 'worker' ? await freePort() : port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_RUNNERS_BROKER_PORT: String(brokerPort),
			...(kind === 'worker' ? { QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(port), N8N_WORKER_SERVER_ADDRESS: '127.0.0.1' } : {}),
		});
		const logFile = path.join(this.dir, `${name}.log`);
		fs.appendFileSync(logFile, `\n==== ${name} started ${new Date().toISOString()} ====\n`);
		log(`queue: starting n8n ${name} (${args.join(' ')}) on port ${port} ...`);
		const service = spawnService(`n8n ${name}`, path.join(paths.nodeBin, 'node'), [paths.n8nCli, ...args], { cwd: userFolder, env, echo: this.echo, logFile });
		this.n8n[name] = { name, kind, port, url: `http://127.0.0.1:${port}`, userFolder, logFile, service };
		await waitFor(`n8n ${name} answered /healthz`, service, async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, 240000);
		if (kind === 'main') {
			await waitFor(
				'the n8n REST API answered',
				service,
				async () => {
					const [settings, publicApi] = await Promise.all(['/rest/settings', '/api/v1/workflows'].map((p) => fetch(`${this.mainUrl}${p}`)));
					return settings.ok && publicApi.status === 401;
				},
				120000,
			);
		}
		if (kind === 'worker') {
			// /healthz answers before the worker takes jobs; its log says when it is ready.
			await waitFor(`n8n ${name} is ready for jobs`, service, async () => /n8n worker is now ready|Worker ready/i.test(fs.readFileSync(logFile, 'utf8').split(`==== ${name} started`).at(-1)), 120000);
		}
		return this.n8n[name];
	}

	/** Stops one n8n process the way a deploy would (SIGTERM, n8n's graceful shutdown). */
	async stopN8n(name) {
		await stopService(this.n8n[name]?.service, 30000);
	}

	/** Kills one n8n process outright (SIGKILL to its process group): a crashed host. */
	async killN8n(name) {
		const service = this.n8n[name]?.service;
		if (!service || service.exited) return;
		process.kill(-service.child.pid, 'SIGKILL');
		while (!service.exited) await sleep(50);
	}

	/** Executions each worker's log says it started: { worker1: ['12', ...], ... } (all runs of that worker). */
	workerExecutions() {
		const result = {};
		for (const name of this.workerNames()) {
			const file = this.n8n[name]?.logFile;
			const text = file && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
			result[name] = [...text.matchAll(/Worker started execution (\d+)/g)].map((m) => m[1]);
		}
		return result;
	}

	logOf(name) {
		const file = this.n8n[name]?.logFile;
		return file && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
	}

	/** Everything stopped, n8n first (it needs the database and Redis to shut down), the folder removed. */
	async stop() {
		const n8nServices = Object.values(this.n8n).map((p) => p.service);
		await Promise.all(n8nServices.map((s) => stopService(s, 30000)));
		for (const name of ['redis', 'postgres', 'mock']) await stopService(this.services[name], 20000);
		if (this.dir) fs.rmSync(this.dir, { recursive: true, force: true });
	}

	/** Last resort when the run is cut short (process exit): kill every process group, remove the folder. */
	killAllSync() {
		for (const service of [...Object.values(this.n8n).map((p) => p.service), ...Object.values(this.services)]) {
			if (!service.exited) {
				try {
					process.kill(-service.child.pid, 'SIGKILL');
				} catch {
					// already gone
				}
			}
		}
		if (this.dir) fs.rmSync(this.dir, { recursive: true, force: true });
	}

	/** What the tests need to reach the stack (written to a file for them). */
	describe() {
		return {
			mainUrl: this.mainUrl,
			owner: OWNER,
			webhookUrl: this.webhookUrl,
			mockUrl: this.mockUrl,
			apiKey: this.apiKey,
			credentials: this.credentials,
			workers: this.workerNames(),
			dir: this.dir,
		};
	}
}

module.exports = { QueueStack, ensureSystemPackages, ENCRYPTION_KEY };
