import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { loadPackage, PACKAGE_NAME, PACKAGE_ROOT } from '../harness';

const packageDir = process.env.OMNICHANNEL_PACKAGE_DIR ? join(PACKAGE_ROOT, process.env.OMNICHANNEL_PACKAGE_DIR) : PACKAGE_ROOT;
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

describe('the built package loads the way n8n loads community packages (PackageDirectoryLoader)', () => {
	it('is a community node package with no runtime dependency', () => {
		const rootPkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8'));
		expect(rootPkg.name).toBe(PACKAGE_NAME);
		expect(rootPkg.keywords).toContain('n8n-community-node-package');
		expect(rootPkg.n8n.strict).toBe(true);
		expect(Object.keys(rootPkg.dependencies ?? {})).toEqual([]);
		expect(Object.keys(rootPkg.peerDependencies)).toEqual(['n8n-workflow']);
	});

	it('loads every node and credential listed in package.json', async () => {
		const { loader } = await loadPackage();
		const nodeFiles: string[] = pkg.n8n.nodes;
		const credentialFiles: string[] = pkg.n8n.credentials;
		expect(nodeFiles.length).toBeGreaterThan(0);
		expect(Object.keys(loader.nodeTypes)).toHaveLength(nodeFiles.length);
		expect(Object.keys(loader.credentialTypes)).toHaveLength(credentialFiles.length);
		for (const file of [...nodeFiles, ...credentialFiles]) expect(existsSync(join(packageDir, file))).toBe(true);
	});

	it('resolves every icon (light and dark) of nodes and credentials', async () => {
		const { loader } = await loadPackage();
		const described = [
			...Object.values(loader.nodeTypes).map((n) => n.type.description as unknown as Record<string, unknown>),
			...Object.values(loader.credentialTypes).map((c) => c.type as unknown as Record<string, unknown>),
		];
		for (const description of described) {
			const iconUrl = description.iconUrl as { light: string; dark: string } | undefined;
			expect(iconUrl).toEqual({ light: expect.stringMatching(/\.svg$/), dark: expect.stringMatching(/\.dark\.svg$/) });
			for (const url of Object.values(iconUrl!)) {
				const file = join(packageDir, url.replace(`icons/${PACKAGE_NAME}/`, ''));
				expect(existsSync(file)).toBe(true);
				expect(readFileSync(file, 'utf8')).toContain('<svg');
			}
		}
	});

	it('gives every node its codex file with a category', async () => {
		const { loader } = await loadPackage();
		for (const file of pkg.n8n.nodes as string[]) {
			const codexFile = join(packageDir, file.replace(/\.js$/, '.json'));
			expect(existsSync(codexFile)).toBe(true);
			const codex = JSON.parse(readFileSync(codexFile, 'utf8'));
			const loaded = Object.values(loader.nodeTypes).find((n) => join(packageDir, n.sourcePath) === join(packageDir, file) || n.sourcePath === join(packageDir, file));
			expect(loaded).toBeDefined();
			expect(codex.node).toBe(`${PACKAGE_NAME}.${loaded!.type.description.name}`);
			expect(codex.categories.length).toBeGreaterThan(0);
			expect((loaded!.type.description as unknown as { codex?: { categories?: string[] } }).codex?.categories).toEqual(codex.categories);
		}
	});

	it('makes every action node usable as an AI-agent tool', async () => {
		const { loader } = await loadPackage();
		const actions = Object.values(loader.nodeTypes).filter((n) => !n.type.description.group.includes('trigger'));
		expect(actions.length).toBeGreaterThan(0);
		for (const node of actions) expect(node.type.description.usableAsTool).toBe(true);
	});
});
