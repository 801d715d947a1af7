// Runs before any test file imports n8n-core (jest setupFiles): n8n's services read these once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// One n8n user folder per test file (n8n-core writes its settings there on first use), inside the
// run's folder from global-setup.js so global-teardown.js removes them all.
if (!process.env.N8N_USER_FOLDER) {
	const folder = mkdtempSync(join(process.env.OMNICHANNEL_TEST_TMP ?? tmpdir(), 'omnichannel-n8n-'));
	process.env.N8N_USER_FOLDER = folder;
	// Outside jest (a benchmark run) no teardown removes it: the process does, as it exits.
	if (!process.env.OMNICHANNEL_TEST_TMP) process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
}
process.env.N8N_LOG_LEVEL ??= 'silent';
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
// n8n blocks requests to private addresses only when SSRF protection is on; the mock is on loopback.
process.env.N8N_SSRF_PROTECTION_ENABLED ??= 'false';
