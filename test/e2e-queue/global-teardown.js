// Stops every process the set-up started (n8n, Redis, PostgreSQL, the mock) and removes the
// temporary folder, whatever the tests did.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const { paths } = require('../../scripts/n8n/lib');

module.exports = async function globalTeardown() {
	const control = globalThis.__omnichannelQueueControl;
	if (control) await new Promise((resolve) => control.close(resolve));
	await globalThis.__omnichannelQueueStack?.stop();
	fs.rmSync(path.join(paths.home, 'queue-run.json'), { force: true });
};
