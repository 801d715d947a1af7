import type { INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';

import { loadPackage } from '../harness';

/**
 * The fast path (nodes/shared/fast-routing.ts) runs only an operation's own routing: the
 * Resource and Operation selectors and their chosen options. That equals what n8n's RoutingNode
 * does only while no other property shown for the operation carries routing of its own; this
 * test holds every fast operation to that, so a field added later with `routing` fails here
 * instead of being silently ignored.
 */

const SELECTORS = new Set(['resource', 'operation']);

function hasRouting(entry: unknown): boolean {
	if (!entry || typeof entry !== 'object') return false;
	const e = entry as { routing?: unknown; options?: unknown[]; values?: unknown[] };
	return e.routing !== undefined || (e.options ?? []).some(hasRouting) || (e.values ?? []).some(hasRouting);
}

function shownFor(property: INodeProperties, resource: string, operation: string): boolean {
	const show = property.displayOptions?.show ?? {};
	const resources = show.resource as unknown[] | undefined;
	const operations = show.operation as unknown[] | undefined;
	return (!resources || resources.includes(resource)) && (!operations || operations.includes(operation));
}

function operationOption(type: INodeType, resource: string, operation: string): INodePropertyOptions | undefined {
	const selector = type.description.properties.find((p) => p.name === 'operation' && shownFor(p, resource, operation));
	return (selector?.options as INodePropertyOptions[] | undefined)?.find((o) => o.value === operation);
}

describe('fast path: the operations it runs carry all their routing in the selectors', () => {
	const fast: Array<[string, string, string]> = [];
	let types: Record<string, INodeType> = {};

	beforeAll(async () => {
		const pkg = await loadPackage();
		types = Object.fromEntries(Object.entries(pkg.loader.nodeTypes).map(([name, entry]) => [name, entry.type as INodeType]));
		for (const [name, type] of Object.entries(types)) {
			for (const [resource, operations] of Object.entries(type.customOperations ?? {})) {
				for (const operation of Object.keys(operations)) {
					// A custom operation with declared routing is a fast one; the others are code of their own.
					if (operationOption(type, resource, operation)?.routing) fast.push([name, resource, operation]);
				}
			}
		}
	});

	it('every provider has its Message › Send (or Parley’s Result › Reply) on the fast path', () => {
		const keys = fast.map(([name, resource, operation]) => `${name}:${resource}.${operation}`);
		expect(keys).toEqual(
			expect.arrayContaining(['spotler:message.send', 'wabbit:message.send', 'mehery:message.send', 'social25:message.sendText', 'social25:message.sendWhatsAppTemplate', 'parley:result.reply']),
		);
	});

	it('no other property shown for a fast operation has routing of its own', () => {
		const offenders = fast.flatMap(([name, resource, operation]) =>
			types[name].description.properties.filter((p) => !SELECTORS.has(p.name) && shownFor(p, resource, operation) && hasRouting(p)).map((p) => `${name} ${resource} › ${operation}: ${p.name}`),
		);
		expect(offenders).toEqual([]);
	});

	it('every fast operation builds its request in preSend functions, with a literal URL', () => {
		for (const [name, resource, operation] of fast) {
			const routing = operationOption(types[name], resource, operation)!.routing!;
			expect({ op: `${name}:${resource}.${operation}`, url: String(routing.request?.url ?? '').startsWith('=') }).toEqual({ op: `${name}:${resource}.${operation}`, url: false });
			for (const step of routing.output?.postReceive ?? []) expect(typeof step).toBe('function');
		}
	});
});
