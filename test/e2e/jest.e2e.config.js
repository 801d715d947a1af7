/**
 * The end-to-end suite: the built package inside a real n8n server (installed into .n8n-e2e/),
 * driven through n8n's REST API, CLI and editor. Run with `npm run test:e2e`. Kept apart from the
 * main jest run (files are *.e2e.ts, which its testMatch does not pick up).
 */
const path = require('node:path');

const rootDir = path.resolve(__dirname, '..', '..');

module.exports = {
	rootDir,
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.dev.json' }],
	},
	globalSetup: '<rootDir>/test/e2e/global-setup.js',
	globalTeardown: '<rootDir>/test/e2e/global-teardown.js',
	// One server for every file: files run one after the other.
	maxWorkers: 1,
	testTimeout: 180_000,
	verbose: true,
	reporters: ['default', '<rootDir>/test/e2e/ran-reporter.js', '<rootDir>/test/harness/summary-reporter.js'],
};
