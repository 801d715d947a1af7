import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';
import { fieldError, invalidBody } from '../errors';
import { assertTenant, page } from '../lookup';
import type { Social25State } from '../state';

/** "Messages can be retrieved 15 minutes after they have been received" and at most 31 days per query. */
const SYNC_RETRY_WINDOW_MS = 15 * 60_000;
const MAX_WINDOW_MS = 31 * 86_400_000;
const NAIVE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

export function failedSyncRoutes(ctx: ProviderContext, state: () => Social25State): Router {
	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/tenants/{tenantId}/messages/failed/',
			summary: 'Messages that failed to sync to Salesforce (?from_time=&till_time=)',
			response: 'Page',
			handle: (req, res) => {
				const s = state();
				assertTenant(s, req);
				const read = (name: 'from_time' | 'till_time') => {
					const value = req.query[name];
					if (value === undefined || value === '') throw fieldError(name, 'This field is required.');
					if (!NAIVE_TIME.test(String(value))) throw fieldError(name, 'Use the format YYYY-MM-DDTHH:MM:SS.');
					return Date.parse(`${String(value)}Z`);
				};
				const from = read('from_time');
				const till = read('till_time');
				const type = String(req.query.type ?? 'standard');
				if (!['standard', 'salesforce'].includes(type)) throw fieldError('type', `"${type}" is not a valid choice.`);
				if (till <= from) throw fieldError('till_time', 'till_time must be later than from_time.');
				if (till - from > MAX_WINDOW_MS) throw fieldError('till_time', 'There can not be more than 31 days between from_time and till_time.');
				if (till > Date.now() - SYNC_RETRY_WINDOW_MS) {
					throw fieldError('till_time', 'Failed syncs can only be retrieved 15 minutes after the message was received: till_time must be at least 15 minutes in the past.');
				}
				const found = s.failedSyncs.filter((m) => {
					const at = Date.parse(`${m.timestamp}Z`);
					return at >= from && at <= till;
				});
				const view: object[] =
					type === 'salesforce'
						? found.map((m) => ({ Name: m.id, Conversation__c: m.conversation_id, Text__c: m.text, Timestamp__c: m.timestamp, Outbound__c: m.outbound, log_message: m.log_message }))
						: found;
				res.json(page(ctx, req, view));
			},
		}),
	]);
}
