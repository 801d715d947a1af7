/**
 * The queue-mode suite: the built package inside n8n scaled out (PostgreSQL, Redis, one main,
 * two workers, one webhook process), against the mock. Run with `npm run test:e2e:queue`.
 * Kept apart from the main jest run and the e2e suite (files are *.queue.ts).
 */
const path = require('node:path');

const rootDir = path.resolve(__dirname, '..', '..');

module.exports = {
	rootDir,
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e-queue'],
	testMatch: ['**/*.queue.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.dev.json' }],
	},
	globalSetup: '<rootDir>/test/e2e-queue/global-setup.js',
	globalTeardown: '<rootDir>/test/e2e-queue/global-teardown.js',
	testSequencer: '<rootDir>/test/e2e-queue/sequencer.js',
	// One stack for every file: files run one after the other, in this process (the set-up's
	// control server answers the tests' restarts and kills).
	maxWorkers: 1,
	testTimeout: 300_000,
	verbose: true,
	reporters: ['default', '<rootDir>/test/e2e/ran-reporter.js', '<rootDir>/test/harness/summary-reporter.js'],
};
