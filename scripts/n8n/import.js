#!/usr/bin/env node
// Re-imports the mock credentials and examples/*.json into the running demo (after restarting the
// mock, or adding an example): node scripts/n8n/import.js [--restore-examples]
// An example n8n already has is kept as the user left it; --restore-examples replaces it with its file.
'use strict';
const fs = require('node:fs');

const { N8nClient, OWNER, log, paths, readJson } = require('./lib');
const { importCredentials, importExamples, installedPackage } = require('./stack');

async function main() {
	if (!fs.existsSync(paths.runFile)) throw new Error('no demo is running (start it with npm run demo)');
	const run = readJson(paths.runFile);
	const client = new N8nClient(run.n8nUrl);
	await client.post('/rest/login', { emailOrLdapLoginId: OWNER.email, email: OWNER.email, password: OWNER.password });
	const pkg = installedPackage(run.userFolder);
	const credentials = await importCredentials(client, run.mockUrl, pkg);
	for (const c of credentials) log(`credential ${c.slug}: ${c.status}${c.reason ? ` (${c.reason})` : ''}`);
	const examples = await importExamples(client, credentials, { restore: process.argv.includes('--restore-examples') });
	if (examples.length === 0) log('workflows: no examples/*.json yet');
	for (const e of examples) log(`workflow "${e.name}": ${e.status}${e.status === 'kept' ? ' (already in n8n; --restore-examples replaces it)' : ''}`);
	fs.writeFileSync(paths.runFile, JSON.stringify({ ...run, credentials, examples }, null, 2));
}

main().catch((error) => {
	log(`FAILED: ${error.message}`);
	process.exit(1);
});
