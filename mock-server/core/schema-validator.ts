import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SCHEMAS_DIR = resolve(__dirname, '..', '..', 'schemas');
const ID_BASE = 'https://n8n-nodes-omnichannel.local/schemas';

export interface ValidationIssue {
	/** Where in the body, as a dotted path ("message.body"); "" for the body itself. */
	path: string;
	message: string;
}

export interface SchemaValidator {
	/** Checks data against a `$defs` entry of the folder's schemas; [] when valid. */
	validate(definition: string, data: unknown): ValidationIssue[];
	/** The raw schemas of the folder, by file name (for the OpenAPI documents). */
	schemas: Record<string, Record<string, unknown>>;
}

// Two compilations of the same schemas: `check` stops at the first failure and answers whether a
// body is valid (most are, and a oneOf then fails its other branches quickly); `explain` collects
// every error, and runs only for a body that failed, to say why (`check` writes no messages).
// Neither changes the data.
const explain = new Ajv2020({ allErrors: true, strict: false });
const check = new Ajv2020({ allErrors: false, messages: false, strict: false });
addFormats(explain);
addFormats(check);
const loadedFolders = new Map<string, SchemaValidator>();

function issuePath(error: ErrorObject): string {
	const segments = error.instancePath.split('/').filter(Boolean);
	if (error.keyword === 'required') segments.push(String(error.params.missingProperty));
	if (error.keyword === 'additionalProperties') segments.push(String(error.params.additionalProperty));
	return segments.join('.');
}

function issueMessage(error: ErrorObject): string {
	switch (error.keyword) {
		case 'required':
			return 'is required';
		case 'additionalProperties':
			return 'is not an allowed field';
		case 'enum':
			return `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
		case 'const':
			return `must be ${JSON.stringify(error.params.allowedValue)}`;
		default:
			return error.message ?? 'is invalid';
	}
}

/**
 * Simplifies ajv's output: oneOf failures report every branch, which buries the useful line, so
 * keep the errors of the branch whose `type` const matched when there is one.
 */
function simplify(errors: ErrorObject[]): ValidationIssue[] {
	const meaningful = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
	const typeMismatch = (e: ErrorObject) => e.keyword === 'const' && e.instancePath.endsWith('/type');
	const branches = new Map<string, ErrorObject[]>();
	for (const error of meaningful) {
		const branch = error.schemaPath.split('/').slice(0, 4).join('/');
		branches.set(branch, [...(branches.get(branch) ?? []), error]);
	}
	let kept = meaningful;
	if (meaningful.some(typeMismatch)) {
		const matching = [...branches.values()].filter((list) => !list.some(typeMismatch));
		if (matching.length > 0) kept = matching.flat();
		else kept = meaningful.filter(typeMismatch).slice(0, 1);
	}
	const seen = new Set<string>();
	const issues: ValidationIssue[] = [];
	for (const error of kept) {
		const issue = { path: issuePath(error), message: issueMessage(error) };
		const key = `${issue.path} ${issue.message}`;
		if (!seen.has(key)) {
			seen.add(key);
			issues.push(issue);
		}
	}
	return issues;
}

/** Loads every schemas/<folder>/*.schema.json once and validates against their $defs. */
export function schemaValidator(folder: string): SchemaValidator {
	const cached = loadedFolders.get(folder);
	if (cached) return cached;
	const dir = join(SCHEMAS_DIR, folder);
	const schemas: Record<string, Record<string, unknown>> = {};
	const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.schema.json')) : [];
	for (const file of files) {
		const schema = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
		schemas[file] = schema;
		for (const ajv of [explain, check]) if (!ajv.getSchema(String(schema.$id))) ajv.addSchema(schema);
	}
	const compiled = new Map<string, { check: ValidateFunction; explain?: ValidateFunction; ref: string }>();
	const findDefinition = (definition: string) => {
		const existing = compiled.get(definition);
		if (existing) return existing;
		const file = Object.keys(schemas).find((f) => {
			const defs = schemas[f].$defs as Record<string, unknown> | undefined;
			return defs !== undefined && definition in defs;
		});
		if (!file) throw new Error(`schemas/${folder} has no definition "${definition}"`);
		const ref = `${ID_BASE}/${folder}/${file}#/$defs/${definition}`;
		const fn = check.getSchema(ref);
		if (!fn) throw new Error(`ajv could not compile ${folder}/${file}#/$defs/${definition}`);
		const entry = { check: fn, ref };
		compiled.set(definition, entry);
		return entry;
	};
	const explainer = (entry: { explain?: ValidateFunction; ref: string }): ValidateFunction => {
		entry.explain ??= explain.getSchema(entry.ref);
		if (!entry.explain) throw new Error(`ajv could not compile ${entry.ref}`);
		return entry.explain;
	};
	const validator: SchemaValidator = {
		schemas,
		validate(definition, data) {
			const entry = findDefinition(definition);
			if (entry.check(data)) return [];
			const fn = explainer(entry);
			return fn(data) ? [] : simplify(fn.errors ?? []);
		},
	};
	loadedFolders.set(folder, validator);
	return validator;
}

/** "message.body is required; message.type must be one of ..." */
export function describeIssues(issues: ValidationIssue[]): string {
	return issues.map((i) => (i.path ? `${i.path} ${i.message}` : `body ${i.message}`)).join('; ');
}
