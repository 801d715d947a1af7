import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { getConfiguration } from '../shared/transport';

/** The account's users (handlers and assignees). */
export async function getUsers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { account } = await getConfiguration(this);
	return account.users.map((u) => ({ name: `${u.name} (${u.email})`, value: String(u.id) })).sort((a, b) => a.name.localeCompare(b.name));
}
