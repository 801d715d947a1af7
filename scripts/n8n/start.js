#!/usr/bin/env node
// `npm run demo`: the package inside a real n8n server, against the mock, in the foreground.
//
//   node scripts/n8n/start.js [--port 5678] [--mock-port 4010] [--fresh] [--restore-examples]
//
// Installs n8n into .n8n-e2e/ on first use, builds the package (npm run build), starts the mock
// server and n8n with the package loaded, signs in the demo owner, imports one credential per
// provider pointing at the mock and the example workflows (examples/*.json), then prints the
// editor URL and the login. The n8n user folder (.n8n-e2e/demo-user) persists between runs;
// --fresh starts from an empty one. An example workflow n8n already has is kept as the user left
// it; --restore-examples replaces each with its file (npm run demo -- --restore-examples). OMNICHANNEL_PACKAGE_DIR=DIR loads an already built package
// instead of building the repo; N8N_DEMO_ECHO=1 shows n8n's and the mock's own output. Ctrl-C
// stops n8n and the mock.
'use strict';
const fs = require('node:fs');

const { OWNER, OutsideProjectError, log, paths } = require('./lib');
const install = require('./install');
const { startStack } = require('./stack');

function flag(name, fallback) {
	const i = process.argv.indexOf(`--${name}`);
	if (i === -1) return fallback;
	const n = Number(process.argv[i + 1]);
	if (!Number.isInteger(n) || n <= 0) {
		console.error(`--${name} needs a port number`);
		process.exit(2);
	}
	return n;
}

async function main() {
	const started = Date.now();
	install.main();
	if (process.argv.includes('--fresh')) fs.rmSync(paths.demoUserFolder, { recursive: true, force: true });
	const stack = await startStack({
		userFolder: paths.demoUserFolder,
		port: flag('port', 5678),
		mockPort: flag('mock-port', 4010),
		runFile: paths.runFile,
		echo: process.env.N8N_DEMO_ECHO === '1',
		restoreExamples: process.argv.includes('--restore-examples'),
	});

	let stopping = false;
	const stop = async (signal) => {
		if (stopping) return;
		stopping = true;
		log(`${signal}: stopping n8n and the mock server ...`);
		await stack.stop();
		log('Stopped.');
		process.exit(0);
	};
	process.on('SIGINT', () => stop('Ctrl-C'));
	process.on('SIGTERM', () => stop('SIGTERM'));
	for (const service of stack.services) {
		service.child.on('exit', () => {
			if (stopping) return;
			log(`${service.name} exited unexpectedly (${service.exitCode}); its last output:\n${service.output.slice(-3000)}`);
			stop('exit');
		});
	}

	const lines = [
		'',
		`n8n with n8n-nodes-omnichannel is ready (${Math.round((Date.now() - started) / 1000)} s).`,
		'',
		`  Editor:   ${stack.n8nUrl}/`,
		`  Login:    ${OWNER.email} / ${OWNER.password}`,
		`  Mock:     ${stack.mockUrl}   (control API: ${stack.mockUrl}/__control)`,
		'',
		'  Credentials (pointing at the mock):',
		...stack.credentials.map((c) => (c.status === 'skipped' ? `    ${c.slug.padEnd(9)} - ${c.reason}` : `    ${c.slug.padEnd(9)} "${c.name}" (${c.type}, ${c.status})`)),
		'',
		stack.examples.length ? '  Example workflows (examples/*.json):' : '  Example workflows: none yet (examples/*.json)',
		...stack.examples.map((e) => `    ${e.name}${e.status === 'imported' ? '' : ` (${e.status})`}`),
		...(stack.examples.some((e) => e.status === 'kept') ? ['  Kept: already in n8n, so your edits stay. npm run demo -- --restore-examples replaces them with the files.'] : []),
		'',
		'  Try it: open the editor, add a node (e.g. Spotler -> Send), pick the "(mock)" credential,',
		'  run it, and see the result in the mock: GET <mock>/__control/<provider>/state.',
		'  Make the provider push an event: POST <mock>/__control/<provider>/simulate/<kind>.',
		'',
		'Ctrl-C stops n8n and the mock server.',
		'',
	];
	console.log(lines.join('\n'));
}

main().catch((error) => {
	log(error instanceof OutsideProjectError ? `FAILED, ${error.message}` : `FAILED: ${error.message}`);
	process.exit(1);
});
