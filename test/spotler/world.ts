import { providerWorld, type Engine, type ProviderWorld } from '../harness';

export interface SpotlerSamples {
	companyId: string;
	channelJid: string;
	contactJid: string;
	contactJidOutsideCareWindow: string;
	blacklistedJid: string;
	webchatChannelJid: string;
	webchatContactJid: string;
	assistantJid: string;
	agentEmail: string;
	labelJid: string;
	teamJid: string;
	listJid: string;
	noteId: string;
	template: { name: string; language: string; parameters: number };
}

export interface SpotlerCredential {
	baseUrl: string;
	apiKey: string;
	[key: string]: string;
}

export interface SpotlerWorld extends ProviderWorld<SpotlerSamples, SpotlerCredential> {
	/** The seeded keys of narrower scope. */
	otherKeys: { assistant: string; channel: string };
	/** An engine whose credential uses another of the seeded keys, or the key given. */
	engineWithKey(key: 'assistant' | 'channel' | string): Promise<Engine>;
	/** Channel locator value "by JID" (the sample WhatsApp channel by default). */
	channel(jid?: string): { mode: string; value: string };
}

/** The mock, an engine with the Spotler credential and the samples; resets the mock before each test. */
export function spotlerWorld(): SpotlerWorld {
	const world = providerWorld<SpotlerSamples, SpotlerCredential>({ provider: 'spotler', nodeType: 'spotler', credentialType: 'spotlerApi' }) as SpotlerWorld;
	beforeAll(() => {
		world.otherKeys = world.credentials.otherKeys;
	});
	world.engineWithKey = async (key) => await world.engineWith({ apiKey: key === 'assistant' || key === 'channel' ? world.otherKeys[key] : key });
	world.channel = (jid) => ({ mode: 'id', value: jid ?? world.samples.channelJid });
	return world;
}
