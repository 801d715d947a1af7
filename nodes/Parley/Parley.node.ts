import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { actionNodeDescription } from '../shared/action-node';
import { fastOperations } from '../shared/fast-routing';
import { resourceSelector } from '../shared/operations';
import { getCategories } from './listSearch/getCategories';
import { getConnections } from './listSearch/getConnections';
import { getLabels } from './listSearch/getLabels';
import { getSearchIds } from './listSearch/getSearchIds';
import { getSearchProfiles } from './listSearch/getSearchProfiles';
import { getUsers } from './listSearch/getUsers';
import { caseDescription } from './resources/case';
import { configurationDescription } from './resources/configuration';
import { resultDescription } from './resources/result';
import { ssoAccessTokenDescription } from './resources/ssoAccessToken';
import { paginateResultSearch } from './shared/pagination';
import { PARLEY_API } from './shared/transport';

export class Parley implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeDescription({
			api: PARLEY_API,
			displayName: 'Parley',
			name: 'parley',
			description: 'Find and answer Twitter, Facebook, Instagram, WhatsApp, LinkedIn and web chat messages (social media care) with the Parley Webcare API (Tracebuzz, KPN)',
			version: 1,
			resource: resourceSelector(
				[
					{ name: 'Case', value: 'case' },
					{ name: 'Configuration', value: 'configuration' },
					{ name: 'Result', value: 'result' },
					{ name: 'SSO Access Token', value: 'ssoAccessToken' },
				],
				'result',
			),
			properties: [...caseDescription, ...configurationDescription, ...resultDescription, ...ssoAccessTokenDescription],
			// Result searches page with path segments; every other operation is one request.
			paginate: paginateResultSearch,
			// Replies are forms (they set their own Content-Type); no other call has a body.
			headers: { Accept: 'application/json' },
		}),
		icon: { light: 'file:parley.svg', dark: 'file:parley.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
	};

	// The hot operations skip RoutingNode's per-item walk of every property (see fast-routing.ts).
	customOperations = fastOperations(this.description, PARLEY_API, ['result.reply']);

	methods = {
		listSearch: { getSearchIds, getSearchProfiles },
		loadOptions: { getCategories, getConnections, getLabels, getUsers },
	};
}
