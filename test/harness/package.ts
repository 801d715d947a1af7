import { PackageDirectoryLoader } from 'n8n-core';
import { NodeHelpers, type ICredentialType, type INodeType, type INodeTypes, type IVersionedNodeType } from 'n8n-workflow';
import { resolve } from 'node:path';

export const PACKAGE_ROOT = resolve(__dirname, '..', '..');
/** Where the built package is: the repo (dist/), or a one-provider build (scripts/build.js --only). */
const PACKAGE_DIR = process.env.OMNICHANNEL_PACKAGE_DIR ? resolve(PACKAGE_ROOT, process.env.OMNICHANNEL_PACKAGE_DIR) : PACKAGE_ROOT;
export const PACKAGE_NAME = 'n8n-nodes-omnichannel';

export interface LoadedPackage {
	loader: PackageDirectoryLoader;
	nodeTypes: INodeTypes;
	credentialTypes: Record<string, ICredentialType>;
	/** "spotler" -> "n8n-nodes-omnichannel.spotler" */
	typeName(node: string): string;
}

let loaded: Promise<LoadedPackage> | undefined;

/**
 * Loads the built package (dist/) the way n8n loads an installed community package, so the
 * tests run exactly what ships. `npm test` builds first.
 */
export function loadPackage(): Promise<LoadedPackage> {
	loaded ??= (async () => {
		const loader = new PackageDirectoryLoader(PACKAGE_DIR);
		await loader.loadAll();
		const byName = (name: string): INodeType | IVersionedNodeType => {
			// The loader keys nodes by their own name; n8n prefixes the package name when it registers them.
			const entry = loader.nodeTypes[name.startsWith(`${PACKAGE_NAME}.`) ? name.slice(PACKAGE_NAME.length + 1) : name];
			if (!entry) throw new Error(`node type ${name} is not in the built package; run npm run build`);
			return entry.type;
		};
		const nodeTypes: INodeTypes = {
			getByName: byName,
			getByNameAndVersion: (name, version) => NodeHelpers.getVersionedNodeType(byName(name), version),
			getKnownTypes: () => ({}),
		};
		const credentialTypes = Object.fromEntries(Object.entries(loader.credentialTypes).map(([name, entry]) => [name, entry.type]));
		return { loader, nodeTypes, credentialTypes, typeName: (node) => `${PACKAGE_NAME}.${node}` };
	})();
	return loaded;
}
