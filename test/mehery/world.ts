import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';

import { providerWorld, TriggerHarness, type ProviderWorld } from '../harness';

export interface MeheryCredential extends ICredentialDataDecryptedObject {
	baseUrl: string;
	apiKey: string;
	apiId: string;
	verifyToken: string;
}

export interface MeherySamples {
	channelId: string;
	sandboxChannelId: string;
	facebookChannelId: string;
	contactId: string;
	contactPhone: string;
	otherContactId: string;
	/** A Facebook contact (the doc's Contact Preferences example names one, fb:…). */
	facebookContactId: string;
	/** The open session a fresh mock has (third WhatsApp contact), for the session calls. */
	sessionId: string;
	templateId: string;
	templateCode: string;
	rejectedTemplateCode: string;
}

export interface MeheryWorld extends ProviderWorld<MeherySamples, MeheryCredential> {
	/** Webhook deliveries of the Mehery mock, after every retry has settled. */
	deliveries(event?: string): Promise<any[]>;
	/** Message › Send's parameters to the first WhatsApp contact (by contact ID), with these added. */
	messageToContact(parameters: INodeParameters): INodeParameters;
}

/** The Mehery world: the mock, an engine with the Mehery credential, the samples (test/harness/world.ts). */
export function meheryWorld(): MeheryWorld {
	const world = providerWorld<MeherySamples, MeheryCredential>({ provider: 'mehery', nodeType: 'mehery', credentialType: 'meheryApi' }) as MeheryWorld;
	world.deliveries = async (event) => {
		const query = new URLSearchParams({ provider: 'mehery', wait: '1', ...(event ? { event } : {}) });
		return (await world.mock.json('GET', `/__control/deliveries?${query}`)).body;
	};
	world.messageToContact = (parameters) => ({
		resource: 'message',
		operation: 'send',
		channel: { mode: 'id', value: world.samples.channelId },
		recipientBy: 'contactId',
		recipient: world.samples.contactId,
		...parameters,
	});
	return world;
}

/** The Mehery world with n8n's webhook server (a trigger harness) running for the file's tests. */
export function meheryTriggerWorld(): MeheryWorld & { harness: TriggerHarness } {
	const world = meheryWorld() as MeheryWorld & { harness: TriggerHarness };
	beforeAll(async () => {
		world.harness = new TriggerHarness(world.engine);
		await world.harness.start();
	});
	afterAll(() => world.harness.stop());
	return world;
}
