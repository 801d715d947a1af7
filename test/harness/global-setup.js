// One parent folder for the whole jest run, removed by global-teardown.js: each test file's n8n user
// folder (setup-env.ts) goes inside it, so nothing is left in the temp directory afterwards.
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async function globalSetup() {
	// Set before jest starts its workers, so every test file inherits it.
	process.env.OMNICHANNEL_TEST_TMP = mkdtempSync(join(tmpdir(), 'omnichannel-test-'));
};
