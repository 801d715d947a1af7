import { Router, type Request, type RequestHandler, type Response } from 'express';

import { ControlError } from './control-api';
import { describeIssues, type ValidationIssue } from './schema-validator';
import type { ProviderContext } from './types';

/**
 * The mock kit: one table of routes per provider drives the Express routes, the validation of
 * request bodies against `schemas/<provider>/` and the OpenAPI document (openapi.ts reads each
 * route's `spec`). A route is found by its documented method and path:
 *
 *   route<NoteCreateRequest>({
 *     method: 'POST', path: '/channels/{channelJid}/contacts/{contactJid}/notes',
 *     summary: 'Add a note', body: 'NoteCreateRequest', response: 'Note',
 *     before: [requireScope('channel')],
 *     handle: (req, res, body) => { ... },
 *   })
 */

export type RouteMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteSpec<Body = unknown> {
	method: RouteMethod;
	/** The documented path, OpenAPI style: `/channels/{channelJid}/notes`; `{*rest}` takes several segments. */
	path: string;
	/** One line for the OpenAPI document. */
	summary: string;
	/** The `$defs` name the body must match; it is checked before `handle` runs, which then gets it typed. */
	body?: string;
	/** For a union told apart by a member (e.g. `type`): the `$defs` name this body is checked against instead, for clearer errors. */
	bodyOf?: (body: unknown) => string;
	/** The `$defs` name of the success answer, for the OpenAPI document. */
	response?: string;
	/** Middleware run first, e.g. a scope check. */
	before?: RequestHandler[];
	handle(req: Request, res: Response, body: Body): unknown;
}

/** Keeps a route's body type where the table is written; the table itself holds them untyped. */
export function route<Body = unknown>(spec: RouteSpec<Body>): RouteSpec {
	return spec as RouteSpec;
}

/** `/a/{b}/{*c}` → `/a/:b/*c` (Express 5 syntax). */
export function expressPath(path: string): string {
	return path.replace(/\{\*(\w+)\}/g, '*$1').replace(/\{(\w+)\}/g, ':$1');
}

interface RouteLayer {
	route?: { spec?: RouteSpec };
}

/**
 * A router answering the table's routes. `invalidBody` makes the provider's own error for a body
 * that does not match its schema (each provider words and codes it its own way; `issues` are there
 * for a provider whose error lists the fields one by one).
 */
export function routeTable(ctx: ProviderContext, invalidBody: (problem: string, issues: ValidationIssue[]) => Error, routes: RouteSpec[]): Router {
	const router = Router();
	for (const spec of routes) {
		const handler: RequestHandler = async (req, res) => {
			let body: unknown = req.body;
			if (spec.body) {
				const issues = ctx.validator.validate(spec.bodyOf?.(body) ?? spec.body, body ?? {});
				if (issues.length) throw invalidBody(describeIssues(issues), issues);
				body ??= {};
			}
			await spec.handle(req, res, body);
		};
		const method = spec.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
		router[method](expressPath(spec.path), ...(spec.before ?? []), handler);
		// openapi.ts finds the spec on the route Express made for it.
		const stack = (router as unknown as { stack: RouteLayer[] }).stack;
		const made = stack[stack.length - 1].route;
		if (made) made.spec = spec;
	}
	return router;
}

/** A provider's control-API simulations: one handler per kind. */
export type SimulationTable = Record<string, (input: Record<string, unknown>) => unknown>;

/** `MockProvider.simulate` from a table of kinds; an unknown kind is a 404 naming the known ones. */
export function simulateFrom(title: string, table: SimulationTable) {
	return async (kind: string, input: Record<string, unknown>): Promise<unknown> => {
		const simulation = Object.prototype.hasOwnProperty.call(table, kind) ? table[kind] : undefined;
		if (!simulation) throw new ControlError(`${title} cannot simulate "${kind}" (known: ${Object.keys(table).join(', ')})`, 404);
		return await simulation(input);
	};
}
