import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import * as ts from 'typescript';

/**
 * Under n8n's queue mode the same workflow runs in several processes (main, workers, webhook
 * processes) and consecutive executions land on different ones: anything a node or credential
 * keeps in module memory differs between them. This reads the BUILT files (dist/nodes,
 * dist/credentials) and lists module-level state that can change: top-level `let`/`var`, and
 * top-level containers (new Map/Set/Array, [] or {}) that the file mutates anywhere (push, set,
 * add, delete, assignment to a member, Object.assign). Exceptions are allowed only in ALLOWED,
 * each with the reason it is safe.
 */
const ROOT = resolve(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');

/** "<file relative to dist>:<name>" -> why it is safe in every process. Keep short and honest. */
const ALLOWED: Record<string, string> = {};

const MUTATORS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin', 'set', 'add', 'delete', 'clear']);

function jsFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return jsFiles(path);
		return name.endsWith('.js') ? [path] : [];
	});
}

/** The module variable an expression is rooted at: X, X.a.b, X[i], exports.X… */
function rootName(expression: ts.Expression): string | undefined {
	let e: ts.Expression = expression;
	while (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e) || ts.isParenthesizedExpression(e)) {
		const inner: ts.Expression = e.expression;
		// exports.X is the module variable X (tsc's CommonJS output for exported consts).
		if (ts.isIdentifier(inner) && inner.text === 'exports' && ts.isPropertyAccessExpression(e)) return e.name.text;
		e = inner;
	}
	return ts.isIdentifier(e) ? e.text : undefined;
}

const isContainer = (init: ts.Expression | undefined) =>
	!!init &&
	(ts.isArrayLiteralExpression(init) ||
		ts.isObjectLiteralExpression(init) ||
		(ts.isNewExpression(init) && ts.isIdentifier(init.expression) && ['Map', 'Set', 'WeakMap', 'WeakSet', 'Array', 'Object'].includes(init.expression.text)));

const isRequire = (init: ts.Expression | undefined) => !!init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'require';

/** Module-level state in one built file: "name: what" strings. */
export function moduleState(source: string, fileName = 'file.js'): string[] {
	const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
	const found: string[] = [];
	const containers = new Set<string>();

	for (const statement of file.statements) {
		if (ts.isVariableStatement(statement)) {
			const flags = statement.declarationList.flags;
			const mutableBinding = !(flags & ts.NodeFlags.Const);
			for (const d of statement.declarationList.declarations) {
				if (!ts.isIdentifier(d.name)) continue;
				const name = d.name.text;
				// tsc's own helpers (var __importDefault = …) and re-export bindings (var x_1 = require(…)) are assigned once.
				// tsc's temporaries for a destructured export (var _a; exports.x = (_a = f(), _a.x)) are assigned once, at load.
				if (name.startsWith('__') || (/^_[a-z]$/.test(name) && !(flags & ts.NodeFlags.Let)) || isRequire(d.initializer)) continue;
				if (mutableBinding) found.push(`${name}: top-level ${flags & ts.NodeFlags.Let ? 'let' : 'var'}`);
				else if (isContainer(d.initializer)) containers.add(name);
			}
		}
		// exports.X = [] / {} / new Map() (an exported const container).
		if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression) && statement.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
			const { left, right } = statement.expression;
			if (ts.isPropertyAccessExpression(left) && ts.isIdentifier(left.expression) && left.expression.text === 'exports' && isContainer(right)) {
				containers.add(left.name.text);
			}
		}
	}

	const mutated = new Map<string, string>();
	const visit = (node: ts.Node) => {
		if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && MUTATORS.has(node.expression.name.text)) {
			const name = rootName(node.expression.expression);
			if (name && containers.has(name)) mutated.set(name, `.${node.expression.name.text}()`);
		}
		if (ts.isCallExpression(node) && node.expression.getText(file) === 'Object.assign' && node.arguments[0]) {
			const name = rootName(node.arguments[0]);
			if (name && containers.has(name)) mutated.set(name, 'Object.assign');
		}
		if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
			const left = node.left;
			if ((ts.isPropertyAccessExpression(left) || ts.isElementAccessExpression(left)) && !(ts.isIdentifier(left.expression) && left.expression.text === 'exports')) {
				const name = rootName(left);
				if (name && containers.has(name)) mutated.set(name, 'member assignment');
			}
		}
		if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) {
			const name = rootName(node.operand);
			if (name && containers.has(name) && !ts.isIdentifier(node.operand)) mutated.set(name, 'member ++/--');
		}
		if (ts.isDeleteExpression(node)) {
			const name = rootName(node.expression);
			if (name && containers.has(name)) mutated.set(name, 'delete');
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	for (const [name, how] of mutated) found.push(`${name}: module-level container mutated (${how})`);
	return found;
}

describe('no module-level mutable state in the built nodes and credentials', () => {
	const files = [...jsFiles(join(DIST, 'nodes')), ...jsFiles(join(DIST, 'credentials'))];

	it('finds the built files (npm run build)', () => {
		expect(files.length).toBeGreaterThan(20);
	});

	it('has none outside the written allow-list', () => {
		const found = files.flatMap((path) => moduleState(readFileSync(path, 'utf8'), path).map((f) => `${relative(DIST, path)}:${f}`));
		const unexplained = found.filter((f) => !ALLOWED[f.split(': ')[0]]);
		expect(unexplained).toEqual([]);
	});

	it('the allow-list names only state that still exists', () => {
		const found = new Set(files.flatMap((path) => moduleState(readFileSync(path, 'utf8'), path).map((f) => `${relative(DIST, path)}:${f.split(': ')[0]}`)));
		expect(Object.keys(ALLOWED).filter((k) => !found.has(k))).toEqual([]);
	});

	// The check itself can fail: each kind of state it looks for is found in a sample.
	it.each([
		['let cache;\nfunction f() { cache = 1; }', 'cache: top-level let'],
		['var hits = 0;', 'hits: top-level var'],
		['const tokens = new Map();\nfunction f(k, v) { tokens.set(k, v); }', 'tokens: module-level container mutated (.set())'],
		['const seen = [];\nfunction f(x) { seen.push(x); }', 'seen: module-level container mutated (.push())'],
		['const memo = {};\nfunction f(k) { memo[k] = 1; }', 'memo: module-level container mutated (member assignment)'],
		['exports.CACHE = {};\nfunction f() { exports.CACHE.last = 1; }', 'CACHE: module-level container mutated (member assignment)'],
	])('detects %p', (source, expected) => {
		expect(moduleState(source)).toEqual([expected]);
	});

	it.each([
		['const LIMITS = { text: 4096 };\nfunction f() { return LIMITS.text; }'],
		['const NAMES = [1, 2];\nfunction f() { const copy = [...NAMES]; copy.push(3); return copy; }'],
		['var __importDefault = (this && this.__importDefault) || function (m) { return m; };'],
		['var media_url_1 = require("../../shared/media-url");'],
	])('leaves read-only constants alone: %p', (source) => {
		expect(moduleState(source)).toEqual([]);
	});
});
