import type { Router } from 'express';

import type { RouteSpec } from './route-table';
import type { SchemaValidator } from './schema-validator';
import type { MockProvider } from './types';

export interface RouteInfo {
	method: string;
	/** OpenAPI style: /channels/{channelJid}/messages */
	path: string;
	/** The route-table entry the route was made from (route-table.ts), when it was. */
	spec?: RouteSpec;
}

interface Layer {
	route?: { path: string; methods: Record<string, boolean>; spec?: RouteSpec };
	/** A router, or a routeGroup() that stands for several mounted in turn (its `routers`). */
	handle?: { stack?: Layer[]; routers?: Array<{ stack?: Layer[] }> };
	rawPath?: unknown;
}

/** Every route of a provider router, found by walking Express's own route table. */
export function routesOf(router: Router): RouteInfo[] {
	const found: RouteInfo[] = [];
	const walk = (stack: Layer[], prefix: string) => {
		for (const layer of stack) {
			if (layer.route) {
				for (const method of Object.keys(layer.route.methods)) {
					const path = `${prefix}${layer.route.path}`.replace(/:(\w+)/g, '{$1}').replace(/\*(\w+)/g, '{$1}');
					found.push({ method: method.toUpperCase(), path, spec: layer.route.spec });
				}
			} else {
				const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
				const stacks = layer.handle?.stack ? [layer.handle.stack] : (layer.handle?.routers ?? []).map((r) => r.stack ?? []);
				for (const stack of stacks) walk(stack, prefix + mount);
			}
		}
	};
	walk((router as unknown as { stack: Layer[] }).stack, '');
	return found;
}

/** Every `$defs` entry of the provider's schemas, with references pointed at components. */
function components(validator: SchemaValidator): Record<string, unknown> {
	const schemas: Record<string, unknown> = {};
	for (const schema of Object.values(validator.schemas)) Object.assign(schemas, (schema.$defs as Record<string, unknown>) ?? {});
	return JSON.parse(JSON.stringify(schemas).replace(/"\$ref":"(?:[a-z0-9-]+\.schema\.json)?#\/\$defs\//g, '"$ref":"#/components/schemas/'));
}

/** An OpenAPI 3.1 document for one provider: its routes and its JSON Schemas as components. */
export function openApiDocument(provider: MockProvider, validator: SchemaValidator, serverUrl: string): Record<string, unknown> {
	const paths: Record<string, Record<string, unknown>> = {};
	for (const route of routesOf(provider.router)) {
		const parameters = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
			name: m[1],
			in: 'path',
			required: true,
			schema: { type: 'string' },
		}));
		const documented = route.spec ? { summary: route.spec.summary, requestBody: route.spec.body, response: route.spec.response } : provider.openapi?.[`${route.method} ${route.path}`];
		const operation: Record<string, unknown> = {
			summary: documented?.summary ?? `${route.method} ${route.path}`,
			parameters,
			responses: {
				default: { description: `${provider.title} answer (errors in the provider's own format)` },
			},
		};
		if (documented?.requestBody) {
			operation.requestBody = {
				required: true,
				content: { 'application/json': { schema: { $ref: `#/components/schemas/${documented.requestBody}` } } },
			};
		}
		if (documented?.response) {
			operation.responses = {
				...(operation.responses as object),
				'2XX': { description: 'Success', content: { 'application/json': { schema: { $ref: `#/components/schemas/${documented.response}` } } } },
			};
		}
		(paths[route.path] ??= {})[route.method.toLowerCase()] = operation;
	}
	return {
		openapi: '3.1.0',
		info: {
			title: `${provider.title} (n8n-nodes-omnichannel mock)`,
			version: '1.0.0',
			description: `Emulates ${provider.realBaseUrl}. Paths are those of the real API after its base URL.`,
		},
		jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
		servers: [{ url: serverUrl }],
		paths,
		components: { schemas: components(validator) },
	};
}
