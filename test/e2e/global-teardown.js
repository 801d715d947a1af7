// Stops n8n and the mock the set-up started, and removes the temporary n8n user folder.
'use strict';
const fs = require('node:fs');

module.exports = async function globalTeardown() {
	const stack = globalThis.__omnichannelStack;
	if (!stack) return;
	await stack.stop();
	fs.rmSync(stack.userFolder, { recursive: true, force: true });
};
