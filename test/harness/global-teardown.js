// Removes the parent folder global-setup.js made, with every test file's n8n user folder in it.
const { rmSync } = require('node:fs');

module.exports = async function globalTeardown() {
	const folder = process.env.OMNICHANNEL_TEST_TMP;
	if (folder) rmSync(folder, { recursive: true, force: true });
};
