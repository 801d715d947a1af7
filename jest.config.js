/** Tests run the built package (npm test builds first) through n8n-core against the mock server. */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	setupFiles: ['<rootDir>/test/harness/setup-env.ts'],
	globalSetup: '<rootDir>/test/harness/global-setup.js',
	globalTeardown: '<rootDir>/test/harness/global-teardown.js',
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.dev.json' }],
	},
	testTimeout: 30_000,
	reporters: ['default', '<rootDir>/test/harness/summary-reporter.js'],
	// The mock and the engine keep sockets briefly after close; do not let that fail a run.
	forceExit: true,
};
