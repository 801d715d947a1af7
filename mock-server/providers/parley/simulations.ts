import { ControlError } from '../../core/control-api';
import type { SimulationTable } from '../../core/route-table';
import type { ProviderContext } from '../../core/types';
import type { Result, Sentiment, SourceName } from '../../../schemas/parley/types.generated';
import { isoSeconds, REPLYABLE_SOURCES, SENTIMENTS, SOURCE_CODES, STATUS_CODES, type ParleyState } from './state';

/** Control API kinds: results arriving in a search profile, so the polling trigger has something to find. */
export function parleySimulations(ctx: ProviderContext, state: ParleyState): SimulationTable {
	return {
		result: (input) => {
			const searches = state.configuration.account.searches;
			const search =
				input.searchId !== undefined
					? searches.find((p) => p.id === Number(input.searchId))
					: input.profile !== undefined
						? searches.find((p) => p.name.toLowerCase() === String(input.profile).toLowerCase())
						: searches[0];
			if (!search) throw new ControlError('unknown search profile (give searchId or profile)', 404);
			const source = String(input.source ?? search.sources![0]) as SourceName;
			if (!(source in SOURCE_CODES)) throw new ControlError(`unknown source "${source}"`);
			const sentiment = String(input.sentiment ?? 'neutral') as Sentiment;
			if (!SENTIMENTS.includes(sentiment)) throw new ControlError(`unknown sentiment "${sentiment}"`);
			const handle = String(
				input.profileName ??
					ctx.faker.internet
						.username()
						.toLowerCase()
						.replace(/[^a-z0-9_]/g, ''),
			);
			// A new person opens a new case; results of one person on one source share it.
			let stored = state.cases.find((c) => c.searchId === search.id && c.source === source && state.results.some((r) => r.caseId === c.id && r.profile?.name === handle));
			if (!stored) {
				stored = { id: state.nextCaseId++, searchId: search.id, source, status: 'open', handlerId: null, resultIds: [], replies: [] };
				state.cases.push(stored);
			}
			const connection = state.configuration.account.connections.find((c) => c.source === source);
			const result: Result = {
				id: state.nextResultId++,
				searchId: search.id,
				caseId: stored.id,
				connectionId: connection?.id ?? null,
				source,
				sourceId: SOURCE_CODES[source],
				date: isoSeconds(new Date()),
				text: String(input.text ?? 'Hello, I have a question'),
				url: `https://${source}.example/${handle}/${state.nextResultId}`,
				website: `${source}.com`,
				public: input.public === undefined ? source !== 'whatsapp' && source !== 'irischat' : Boolean(input.public),
				direction: 'incoming',
				sentiment,
				category: (input.category as string | undefined) ?? null,
				labels: (input.labels as string[] | undefined) ?? [],
				hashtags: (input.hashtags as string[] | undefined) ?? [],
				profile: { name: handle, displayName: handle },
				location: { country: null, province: null, municipality: null, city: null },
				assignedUserId: null,
				checked: false,
				replyAvailable: input.replyAvailable === undefined ? REPLYABLE_SOURCES.has(source) : Boolean(input.replyAvailable),
				typing: false,
				status: STATUS_CODES.open,
			};
			state.results.push(result);
			stored.resultIds.push(result.id);
			return result;
		},
	};
}
