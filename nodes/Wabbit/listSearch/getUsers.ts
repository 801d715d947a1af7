import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { User } from '../../../schemas/wabbit/types.generated';
import { matchesFilter } from '../shared/descriptions';
import { wabbitApiRequestAll } from '../shared/transport';

export async function getUsers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const users = (await wabbitApiRequestAll.call(this, '/users/')) as User[];
	return {
		results: users
			.filter((u) => matchesFilter(filter, u.username, u.first_name, u.last_name, u.email))
			.map((u) => ({ name: `${[u.first_name, u.last_name].filter(Boolean).join(' ') || u.username} (${u.username}, ${u.profile.role})`, value: String(u.id) })),
	};
}
