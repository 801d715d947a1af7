import { NodeOperationError, type IDataObject, type INodeExecutionData, type INodeType, type INodeTypeDescription, type IPollFunctions } from 'n8n-workflow';

import type { Result } from '../../schemas/parley/types.generated';
import { collection } from '../shared/operations';
import { simplifyProperty, triggerNodeDescription } from '../shared/trigger-node';
import { getCategories } from './listSearch/getCategories';
import { getLabels } from './listSearch/getLabels';
import { getSearchProfiles } from './listSearch/getSearchProfiles';
import { getUsers } from './listSearch/getUsers';
import { parleyResultToCommon } from './shared/common-message';
import { describeShape, readResults, resultIdOf } from './shared/envelope';
import { searchProfileLocator } from './shared/descriptions';
import { walkPages } from './shared/pagination';
import { commonFilterOptions, MAX_PAGE_SIZE, pagePath, searchPath, sourcesField, type SearchFilterValues } from './shared/search';
import { parleyApiBody } from './shared/transport';

/** What the trigger remembers between polls (workflow static data survives restarts). */
interface PollState extends IDataObject {
	/** The highest result id already emitted or skipped; later polls ask for `sinceId:` it. */
	lastResultId?: number;
}

interface TriggerOptions {
	emitExisting?: boolean;
	existingLimit?: number;
}

/**
 * Parley pushes nothing, so this trigger polls a search profile. It keeps its own cursor (the
 * last result id, sent as the doc's `sinceId` filter) instead of using `new+results:true`,
 * whose "seen" marker lives on Parley's side and is shared with every other client of the account.
 */
export class ParleyTrigger implements INodeType {
	description: INodeTypeDescription = {
		...triggerNodeDescription({
			displayName: 'Parley Trigger',
			name: 'parleyTrigger',
			description: 'Starts the workflow when new results (messages, comments, posts on Twitter, Facebook, Instagram, WhatsApp, LinkedIn and more) arrive in a Parley search profile',
			version: 1,
			credentialType: 'parleyOAuth2Api',
			polling: true,
			properties: [
				searchProfileLocator,
				sourcesField,
				collection('Filters', 'filters', 'Add Filter', commonFilterOptions, { description: 'Only results matching every filter start the workflow' }),
				simplifyProperty('the result', "Parley's result"),
				collection('Options', 'options', 'Add Option', [
					{
						displayName: 'Emit Existing Results on First Poll',
						name: 'emitExisting',
						type: 'boolean',
						default: false,
						description: 'Whether the first poll after activation emits results that were already there. Off: it only notes the newest result, and later polls emit what arrives after it.',
					},
					{
						displayName: 'Existing Results Limit',
						name: 'existingLimit',
						type: 'number',
						typeOptions: { minValue: 1, maxValue: MAX_PAGE_SIZE },
						default: 50,
						description: 'Max number of existing results the first poll emits (the most recent ones)',
					},
				]),
			],
		}),
		// n8n's scanner reads these only from the class's own literal.
		icon: { light: 'file:parley.svg', dark: 'file:parley.dark.svg' },
		subtitle: '={{"New results in " + $parameter["searchProfile"].value}}',
	};

	methods = {
		listSearch: { getSearchProfiles },
		loadOptions: { getCategories, getLabels, getUsers },
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const state = this.getWorkflowStaticData('node') as PollState;
		const options = this.getNodeParameter('options', {}) as TriggerOptions;
		const emit = (results: Result[]) => [this.helpers.returnJsonArray((this.getNodeParameter('simplify', true) ? results.map(parleyResultToCommon) : results) as unknown as IDataObject[])];
		const search = async (filters: Partial<SearchFilterValues>, limit: number, offset = 0) => {
			const body = await parleyApiBody(this, 'GET', pagePath(basePath(this, filters), limit, offset));
			const results = readResults(body);
			if (!results) {
				throw new NodeOperationError(this.getNode(), 'Parley answered the search in a shape this trigger does not know', {
					description: `Expected a list of results (under data.results, data.result, results, or a bare list); the answer's data is ${describeShape(body)}.`,
				});
			}
			return results;
		};
		const idOf = (r: Result) => resultIdOf(r as unknown as IDataObject) ?? 0;

		// "Fetch Test Event": show the newest matching result, and leave the cursor alone.
		if (this.getMode() === 'manual') {
			const newest = await search({ order: 'most+recent' }, 1);
			return newest.length > 0 ? emit(newest) : null;
		}

		let fresh: Result[];
		if (state.lastResultId === undefined) {
			const limit = options.emitExisting ? (options.existingLimit ?? 50) : 1;
			const newest = await search({ order: 'most+recent' }, limit);
			state.lastResultId = Math.max(0, ...newest.map(idOf));
			if (!options.emitExisting) return null;
			fresh = newest;
		} else {
			// Paired by id, so a server that ignores the offset cannot loop or repeat; past the page
			// cap the rest comes on the next poll (the cursor moves to the newest result emitted).
			const since = state.lastResultId;
			({ items: fresh } = await walkPages({
				fetch: async (offset) => await search({ order: 'least+recent', sinceId: since }, MAX_PAGE_SIZE, offset),
				idOf,
				pageSize: MAX_PAGE_SIZE,
				marksSeen: false,
			}));
			fresh = fresh.filter((r) => idOf(r) > since);
			state.lastResultId = Math.max(since, ...fresh.map(idOf));
		}
		if (fresh.length === 0) return null;
		// Oldest first, so downstream nodes see them in the order they arrived.
		const ordered = [...fresh].sort((a, b) => idOf(a) - idOf(b));
		return emit(ordered);
	}
}

function basePath(ctx: IPollFunctions, cursor: Partial<SearchFilterValues>): string {
	const profile = String(ctx.getNodeParameter('searchProfile', '', { extractValue: true }) ?? '');
	const sources = ctx.getNodeParameter('sources', []) as string[];
	const filters = ctx.getNodeParameter('filters', {}) as SearchFilterValues;
	return searchPath(profile, sources, { ...filters, ...cursor }, (field, problem) => {
		throw new NodeOperationError(ctx.getNode(), `"${field}" ${problem}`);
	});
}
