/** Types of parameter-surface.js (a plain script, so it runs without a build step). */
export interface PropertySurface {
	name: string;
	type: string;
	default: unknown;
	displayOptions?: { show?: Record<string, unknown[]>; hide?: Record<string, unknown[]> };
	/** Option values of an options/multiOptions property. */
	values?: unknown[];
	/** Nested properties of a collection, or the groups of a fixedCollection. */
	options?: PropertySurface[];
	/** Modes of a resource locator. */
	modes?: string[];
}

export interface NodeSurface {
	version: number | number[];
	properties: PropertySurface[];
}

export type PackageSurface = Record<string, NodeSurface>;

export function surfaceOf(property: object): PropertySurface;
export function packageSurface(root?: string): PackageSurface;
export function surfaceProblems(saved: PackageSurface, current: PackageSurface): string[];
