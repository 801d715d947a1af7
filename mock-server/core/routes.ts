import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';

/** What this module reads of Express's router: its layers, and whether each is a route. */
interface RouteLayer {
	route?: unknown;
	match(path: string): unknown;
}

/** How many recent paths a group remembers the routers of, and the longest it remembers. */
const SEEN_PATHS = 500;
const SEEN_PATH_LENGTH = 512;

/** A handler that stands for routers mounted one after the other; openapi.ts finds their routes through `routers`. */
export type RouteGroup = RequestHandler & { routers: Router[] };

/** The layers of a router that holds only routes (router.get, router.post...); undefined for any other. */
function routeLayers(router: Router): RouteLayer[] | undefined {
	const { stack, params } = router as unknown as { stack?: RouteLayer[]; params?: Record<string, unknown> };
	if (!Array.isArray(stack) || (params && Object.keys(params).length > 0)) return undefined;
	return stack.every((layer) => layer.route !== undefined && typeof layer.match === 'function') ? stack : undefined;
}

/**
 * The same as `router.use(a); router.use(b); ...` for routers mounted at the root, in one layer:
 * a request enters, in order, only the routers that have a route matching its path (by path,
 * whatever the method: a router must still see a request it answers with OPTIONS or leaves for
 * a 405), and goes straight on past the others. Each router mounted on its own costs a layer
 * and a router set-up per request, and one that nothing in it matches is left through a turn of
 * the event loop (Express ends an exhausted router with setImmediate); a provider mounts up to
 * ten in a row. An error from one skips the rest, as it would. A router with anything besides
 * routes (middleware, param handlers) is always entered. Routes are read when the group first
 * sees a path: add them all before the mock serves (the providers' route modules do, when built).
 */
export function routeGroup(...routers: Router[]): RouteGroup {
	const layers = routers.map(routeLayers);
	// Recent paths → the indexes of the routers to enter (a client uses the same few paths over and over).
	const seen = new Map<string, number[]>();
	const routersFor = (path: unknown): number[] => {
		if (typeof path === 'string') {
			const known = seen.get(path);
			if (known) return known;
		}
		let cacheable = typeof path === 'string' && path.length <= SEEN_PATH_LENGTH;
		const enter: number[] = [];
		layers.forEach((stack, i) => {
			if (!stack || typeof path !== 'string') return void enter.push(i);
			try {
				if (stack.some((layer) => layer.match(path) !== false)) enter.push(i);
			} catch {
				// A path the router cannot match (e.g. a bad escape): let it answer as it would.
				enter.push(i);
				cacheable = false;
			}
		});
		if (cacheable) {
			if (seen.size >= SEEN_PATHS) seen.clear();
			seen.set(path as string, enter);
		}
		return enter;
	};
	// Enters the i-th of the routers to enter; its callback goes on to the next one. (No named
	// function is made per request: under tsx every named one is renamed with defineProperty.)
	const enterFrom = (i: number, enter: number[], req: Request, res: Response, next: NextFunction): void => {
		if (i === enter.length) return next();
		routers[enter[i]](req, res, (error?: unknown) => (error ? next(error) : enterFrom(i + 1, enter, req, res, next)));
	};
	const group = (req: Request, res: Response, next: NextFunction) => enterFrom(0, routersFor(req.path), req, res, next);
	return Object.assign(group, { routers });
}
