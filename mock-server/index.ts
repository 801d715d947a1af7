import { startMockServer, type MockServer, type MockServerOptions } from './core/server';
import { PROVIDERS } from './providers';

export type { MockServer } from './core/server';
export type { FaultSpec } from './core/faults';

/**
 * Starts the mock of all five providers. Tests use `createMockServer({ port: 0 })` for a free
 * port; `npm run mock` uses the CLI in cli.ts.
 */
export function createMockServer(options: Omit<MockServerOptions, 'providers'> = {}): Promise<MockServer> {
	return startMockServer({ ...options, providers: PROVIDERS });
}
