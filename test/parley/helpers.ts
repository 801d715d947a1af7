import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';

import { Engine, startMock, type MockClient, type NodeSpec } from '../harness';

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

export interface ParleyContext {
	mock: MockClient;
	engine: Engine;
	credential: ParleyCredential;
	samples: ParleySamples;
}

/** A mock and an engine whose parleyOAuth2Api credential points at it. */
export async function startParley(): Promise<ParleyContext> {
	const mock = await startMock();
	const { credential, samples } = await mock.credentials('parley');
	const engine = await Engine.create({ credentials: { parleyOAuth2Api: credential } });
	return { mock, engine, credential, samples };
}

/** Fresh mock data, and a credential without a stored token. */
export function reset(ctx: ParleyContext): void {
	ctx.mock.server.reset();
	ctx.engine.setCredentials('parleyOAuth2Api', ctx.credential);
}

export const node = (parameters: Record<string, unknown>, continueOnFail = false): NodeSpec => ({
	type: 'parley',
	parameters: parameters as INodeParameters,
	continueOnFail,
});
