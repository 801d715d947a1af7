#!/usr/bin/env node
// Re-imports the mock credentials and examples/*.json into the running demo (after editing an
// example or restarting the mock): node scripts/n8n/import.js
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
	const examples = await importExamples(client, credentials);
	log(examples.length ? `workflows: ${examples.map((e) => e.name).join(', ')}` : 'workflows: no examples/*.json yet');
	fs.writeFileSync(paths.runFile, JSON.stringify({ ...run, credentials, examples }, null, 2));
}

main().catch((error) => {
	log(`FAILED: ${error.message}`);
	process.exit(1);
});
