#!/usr/bin/env node
// Stops a demo started by start.js that is no longer attached to a terminal (Ctrl-C on the demo
// does the same): ends the processes recorded in .n8n-e2e/run.json, by their process group ids.
'use strict';
const fs = require('node:fs');

const { log, paths, readJson, sleep } = require('./lib');

async function main() {
	if (!fs.existsSync(paths.runFile)) {
		log('Nothing to stop (no .n8n-e2e/run.json).');
		return;
	}
	const { pids = [], starter } = readJson(paths.runFile);
	const alive = (pid) => {
		try {
			process.kill(pid, 0);
			return true;
		} catch {
			return false;
		}
	};
	// The starter stops its children cleanly on SIGTERM; if it is gone, stop the children directly.
	if (starter && alive(starter)) process.kill(starter, 'SIGTERM');
	else for (const pid of pids) if (alive(pid)) process.kill(-pid, 'SIGTERM');
	const deadline = Date.now() + 30000;
	while ([starter, ...pids].some((p) => p && alive(p)) && Date.now() < deadline) await sleep(200);
	for (const pid of pids) if (alive(pid)) process.kill(-pid, 'SIGKILL');
	fs.rmSync(paths.runFile, { force: true });
	log('Stopped.');
}

main().catch((error) => {
	log(`FAILED: ${error.message}`);
	process.exit(1);
});
