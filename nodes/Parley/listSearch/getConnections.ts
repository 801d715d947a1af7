import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { getConfiguration } from '../shared/transport';

/** Connections replies go out on; the first option uses the result's own connection. */
export async function getConnections(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { account } = await getConfiguration(this);
	const connections = account.connections.map((c) => ({ name: `${c.name} (${c.source}, ${c.id})`, value: String(c.id) })).sort((a, b) => a.name.localeCompare(b.name));
	return [{ name: "The Result's Own Connection", value: '' }, ...connections];
}
