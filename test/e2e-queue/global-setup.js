// Starts the queue-mode stack once for the whole run (scripts/n8n/queue.js) and a small control
// server through which the tests restart, stop or kill single n8n processes and read which
// worker ran which execution. A failure here fails the run: the suite never passes without
// having run against the real stack.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const { OutsideProjectError, log, paths } = require('../../scripts/n8n/lib');
const install = require('../../scripts/n8n/install');
const { QueueStack } = require('../../scripts/n8n/queue');
const { PACKAGE_NAME } = require('../../scripts/n8n/stack');

const RUN_FILE = path.join(paths.home, 'queue-run.json');

function controlServer(stack) {
	const server = http.createServer(async (req, res) => {
		const answer = (status, body) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(body));
		};
		try {
			const [, what, name, action] = req.url.split('/');
			if (req.method === 'GET' && what === 'workers') return answer(200, stack.workerExecutions());
			if (req.method === 'GET' && what === 'log') return answer(200, { log: stack.logOf(name) });
			if (req.method === 'POST' && what === 'n8n' && stack.n8n[name] && ['start', 'stop', 'kill'].includes(action)) {
				const started = Date.now();
				if (action === 'start') await stack.startN8n(name);
				else if (action === 'stop') await stack.stopN8n(name);
				else await stack.killN8n(name);
				return answer(200, { name, action, ms: Date.now() - started });
			}
			return answer(404, { message: `unknown control call ${req.method} ${req.url}` });
		} catch (error) {
			return answer(500, { message: error.message });
		}
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

module.exports = async function globalSetup() {
	const started = Date.now();
	const stack = new QueueStack({ workers: 2, build: process.env.E2E_BUILD !== '0', echo: process.env.E2E_ECHO === '1' });
	globalThis.__omnichannelQueueStack = stack;
	// Jest interrupted (Ctrl-C, a CI timeout): nothing may outlive the run.
	process.once('exit', () => stack.killAllSync());
	try {
		install.main();
		await stack.start();
		const control = await controlServer(stack);
		globalThis.__omnichannelQueueControl = control;
		// The package's node types as main loaded them: the tests build workflows from these.
		const nodeTypes = Object.fromEntries(
			(await stack.client.get('/types/nodes.json'))
				.filter((t) => t.name.startsWith(`${PACKAGE_NAME}.`))
				.map((t) => [t.name, { version: Array.isArray(t.version) ? Math.max(...t.version) : t.version, webhookPaths: (t.webhooks ?? []).map((w) => w.path), group: t.group }]),
		);
		fs.writeFileSync(RUN_FILE, JSON.stringify({ ...stack.describe(), nodeTypes, controlUrl: `http://127.0.0.1:${control.address().port}` }, null, 2));
		log(`queue: main ${stack.mainUrl}, webhook ${stack.webhookUrl}, ${stack.workerCount} workers, mock ${stack.mockUrl}: ready in ${Math.round((Date.now() - started) / 1000)} s`);
	} catch (error) {
		await stack.stop();
		const message = error instanceof OutsideProjectError ? error.message : `could not start n8n in queue mode: ${error.message}`;
		throw new Error(`QUEUE SUITE DID NOT RUN: ${message}`);
	}
};
