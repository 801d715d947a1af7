import type { Faker } from '@faker-js/faker';
import type { Request, Response, Router } from 'express';

import type { MockLimits } from './limits';
import type { SchemaValidator } from './schema-validator';
import type { VariantTable } from './variants';
import type { WebhookDispatcher } from './webhook-dispatcher';

/** What the core hands each provider when it (re)builds the provider's state. */
export interface ProviderContext {
	slug: string;
	/** Seeded for this provider only, so one provider's data does not shift another's. */
	faker: Faker;
	/** Validates bodies against the provider's folder in schemas/. */
	validator: SchemaValidator;
	/** Sends pushes; after a reset, pushes still under way from the old state are dropped. */
	webhooks: Pick<WebhookDispatcher, 'deliver'>;
	/** http://host:port/<slug>: the value to put in a credential's Base URL. */
	baseUrl(): string;
	/** http://host:port: the mock's own root (for links to other providers' routes). */
	rootUrl(): string;
	/** Caps on what requests can make a provider keep (issued tokens, uploads, JSON nesting). */
	limits: MockLimits;
	/** The answer in play for one of this provider's `variants` (read per request: it can change any time). */
	variant(name: string): string;
}

/** Answers one request in the provider's own error format. */
export type ErrorResponder = (res: Response, status: number, message: string, details?: unknown) => void;

export interface MockProvider {
	slug: string;
	title: string;
	/** The real service's base URL, which the mock's /<slug> prefix stands for. */
	realBaseUrl: string;
	/** Mounted at /<slug>. Its own auth, routes and 404 answer. */
	router: Router;
	/** Writes an error body in the provider's format (used by the core for bad JSON, faults, 404s). */
	sendError: ErrorResponder;
	/** What to type into the n8n credential to reach this mock, and seeded sample ids. */
	credentials(): Record<string, unknown>;
	/** Control API: make the provider push something (an inbound message, a status...). */
	simulate?(kind: string, input: Record<string, unknown>): Promise<unknown>;
	/** Extra control routes, mounted at /__control/<slug>/. */
	controlRouter?: Router;
	/** A JSON view of the provider's state, for tests and debugging. */
	state(): unknown;
	/**
	 * Optional notes for the OpenAPI document, keyed "METHOD /path/{param}": a summary and the
	 * names of the `$defs` that describe the request body and the success response.
	 */
	openapi?: Record<string, { summary?: string; requestBody?: string; response?: string }>;
	/** Questions the provider's document leaves open, each with the answers the mock can play. */
	variants?: VariantTable;
	/** Headers that authenticate a request with the seeded widest credential (fuzz tests, benchmarks). */
	authHeaders?(): Record<string, string>;
}

export type ProviderFactory = (ctx: ProviderContext) => MockProvider;

/** Express 5 route params are strings; this keeps handlers short. */
export function param(req: Request, name: string): string {
	const value = (req.params as Record<string, string | string[] | undefined>)[name];
	return Array.isArray(value) ? value.join('/') : (value ?? '');
}
