import type { INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';

import { loadPackage } from '../harness';

/**
 * What a user meets in the node creator before reading anything (issue 19): every node is found by
 * the channels its provider carries and by what it does (n8n searches display names and the codex
 * alias list), the node descriptions name the channels, a node with several credentials labels
 * each by its provider, and action and trigger-event names follow n8n's conventions with the most
 * used first and the deprecated last.
 */
type Described = INodeTypeDescription & { codex?: { categories?: string[]; alias?: string[] } };

/** The channels each provider's document says it carries (seeds 000-004, /work/shared/providers). */
const CHANNELS: Record<string, string[]> = {
	social25: ['WhatsApp', 'SMS', 'Facebook Messenger', 'Telegram'],
	parley: ['Webcare', 'Social Media Care', 'Twitter', 'Facebook', 'Instagram', 'WhatsApp', 'LinkedIn'],
	mehery: ['WhatsApp', 'SMS', 'Telegram', 'Twitter', 'Instagram', 'Facebook', 'Email', 'Web Chat'],
	wabbit: ['WhatsApp'],
	spotler: ['WhatsApp', 'Apple Messages for Business', 'Facebook Messenger', 'Instagram', 'Twitter', 'Viber', 'LINE', 'Web Chat', 'SMS'],
	omnichannel: ['WhatsApp', 'SMS', 'Messenger', 'Instagram', 'Web Chat', 'Webcare'],
};

const isTrigger = (d: Described) => d.group.includes('trigger');
const providerOf = (d: Described) => Object.keys(CHANNELS).find((p) => d.name.toLowerCase().startsWith(p))!;
const optionsOf = (p: INodeProperties | undefined) => (p?.options ?? []) as INodePropertyOptions[];
const lower = (list: string[] | undefined) => (list ?? []).map((s) => s.toLowerCase());

describe('finding the nodes and reading their names', () => {
	let nodes: Described[];
	let credentialNames: Record<string, string>;

	beforeAll(async () => {
		const { loader } = await loadPackage();
		nodes = Object.values(loader.nodeTypes).map((n) => n.type.description as Described);
		credentialNames = Object.fromEntries(Object.values(loader.credentialTypes).map((c) => [c.type.name, c.type.displayName]));
	});

	it('every node has a provider and a codex that n8n loaded', () => {
		expect(nodes.length).toBeGreaterThan(10);
		for (const d of nodes) {
			expect(providerOf(d)).toBeDefined();
			expect(d.codex?.categories).toContain('Communication');
		}
	});

	it("every node is found by each channel its provider carries (the codex alias n8n's search reads)", () => {
		for (const d of nodes) {
			const alias = lower(d.codex?.alias);
			for (const channel of CHANNELS[providerOf(d)]) expect({ node: d.name, has: alias.includes(channel.toLowerCase()) }).toEqual({ node: d.name, has: true });
		}
	});

	it('every node is found by what it does: action nodes by "send" or "reply", triggers by "inbound"', () => {
		for (const d of nodes) {
			const alias = lower(d.codex?.alias);
			const expected = isTrigger(d) ? ['inbound'] : ['send', 'reply'];
			expect({ node: d.name, alias: expected.filter((w) => alias.includes(w)) }).toEqual({ node: d.name, alias: expected });
		}
	});

	it('every node description names WhatsApp (all five providers carry it)', () => {
		for (const d of nodes) expect({ node: d.name, description: d.description }).toEqual({ node: d.name, description: expect.stringContaining('WhatsApp') });
	});

	it("a node with several credentials labels each by its provider and says only the arriving providers' need one", () => {
		const several = nodes.filter((d) => (d.credentials?.length ?? 0) > 1);
		expect(several.length).toBeGreaterThan(0);
		for (const d of several) {
			for (const credential of d.credentials!) {
				// The provider's name as its credential type spells it: "Spotler Message API" gives "Spotler".
				const provider = credentialNames[credential.name].split(' ')[0];
				expect(credential.displayName).toEqual(expect.stringContaining(provider));
			}
			expect(new Set(d.credentials!.map((c) => c.displayName)).size).toBe(d.credentials!.length);
			const notice = d.properties.find((p) => p.type === 'notice');
			expect(notice?.displayName).toMatch(/only the providers whose messages arrive here need a credential/);
		}
	});

	describe('action names', () => {
		const operations = (d: Described) => d.properties.filter((p) => p.name === 'operation');

		it('read as n8n writes them: brand names spelled right, deprecated ones marked "(Deprecated)"', () => {
			for (const d of nodes) {
				for (const option of operations(d).flatMap(optionsOf)) {
					expect(option.action).toBeTruthy();
					expect(option.action).not.toMatch(/whats app|facebook|\bdeprecated\b(?!\))/);
					expect(/\(Deprecated\)$/.test(option.action!)).toBe(/\(Deprecated\)$/.test(option.name));
				}
			}
		});

		it('the deprecated operations come last in their list', () => {
			let deprecated = 0;
			for (const d of nodes) {
				for (const property of operations(d)) {
					const flags = optionsOf(property).map((o) => o.name.endsWith('(Deprecated)'));
					deprecated += flags.filter(Boolean).length;
					expect({ node: d.name, list: flags }).toEqual({ node: d.name, list: [...flags].sort((a, b) => Number(a) - Number(b)) });
				}
			}
			expect(deprecated).toBeGreaterThan(0);
		});

		it("resources are alphabetical (n8n's verification refuses any other order); the default is the most used one, and a send or reply opens its list", () => {
			const withResources = nodes.filter((d) => d.properties.some((p) => p.name === 'resource'));
			expect(withResources.length).toBeGreaterThan(0);
			for (const d of withResources) {
				const resource = d.properties.find((p) => p.name === 'resource')!;
				const names = optionsOf(resource).map((o) => String(o.name));
				expect({ node: d.name, names }).toEqual({ node: d.name, names: [...names].sort((a, b) => a.localeCompare(b)) });
				const first = optionsOf(resource).find((o) => o.value === resource.default)!;
				expect({ node: d.name, default: resource.default }).toEqual({ node: d.name, default: expect.stringMatching(/^(message|result)$/) });
				const firstOperation = operations(d).find((p) => p.displayOptions?.show?.resource?.includes(first.value as string));
				expect({ node: d.name, action: optionsOf(firstOperation)[0].action }).toEqual({ node: d.name, action: expect.stringMatching(/^(Send|Reply)\b/) });
			}
		});
	});

	it('trigger events are named "On ..." with new messages first', () => {
		// n8n's node creator reads a trigger property labelled Event, Events or Trigger On.
		const eventProperty = (d: Described) => d.properties.find((p) => ['event', 'events', 'trigger on'].includes(p.displayName.toLowerCase()));
		const withEvents = nodes.filter((d) => isTrigger(d) && eventProperty(d));
		expect(withEvents.length).toBeGreaterThanOrEqual(4);
		for (const d of withEvents) {
			const options = optionsOf(eventProperty(d));
			for (const option of options) expect(option.action).toMatch(/^On [a-z]/);
			expect(options[0].action).toMatch(/^On new message/);
		}
	});
});
