import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { providerWorld, type ProviderWorld } from '../harness';

export type ParleyCredential = ICredentialDataDecryptedObject & {
	clientId: string;
	clientSecret: string;
	accessTokenUrl: string;
	baseUrl: string;
};

export interface ParleySamples {
	searchProfile: string;
	searchId: number;
	replyableResultId: number;
	monitoringOnlyResultId: number;
	caseId: number;
	caseSearchId: number;
	handlerId: number;
	userEmail: string;
	connectionId: number;
}

export type ParleyWorld = ProviderWorld<ParleySamples, ParleyCredential>;

/**
 * The Parley world (test/harness/world.ts). Before each test the engine's credential also loses
 * the OAuth2 token n8n stored with it, so every test starts by fetching one.
 */
export function parleyWorld(): ParleyWorld {
	const world = providerWorld<ParleySamples, ParleyCredential>({ provider: 'parley', nodeType: 'parley', credentialType: 'parleyOAuth2Api' });
	beforeEach(() => world.engine.setCredentials('parleyOAuth2Api', world.credential));
	return world;
}
