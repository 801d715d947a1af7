import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import { param, type ProviderContext } from '../../../core/types';
import type { Agent, AgentCreateRequest, AgentUpdateRequest } from '../../../../schemas/social25/types.generated';
import { invalidBody, notFound } from '../errors';
import { assertTenant, knownTenant, page } from '../lookup';
import type { Social25State } from '../state';

/** Request `type` is an integer: 0 = HUMAN, 1 = AUTOMATED (the doc's "HUMAN = 1, AUTOMATED = 1" is a typo). */
const AGENT_TYPES: Agent['type'][] = ['HUMAN', 'AUTOMATED'];

export function agentRoutes(ctx: ProviderContext, state: () => Social25State): Router {
	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/tenants/{tenantId}/agents/',
			summary: 'List agents (a page of Agent)',
			response: 'Page',
			handle: (req, res) => {
				assertTenant(state(), req);
				res.json(page(ctx, req, state().agents));
			},
		}),
		route<AgentCreateRequest>({
			method: 'POST',
			path: '/tenants/{tenantId}/agents/',
			summary: 'Create an agent',
			body: 'AgentCreateRequest',
			response: 'Agent',
			before: [knownTenant(state)],
			handle: (_req, res, body) => {
				const s = state();
				const agent: Agent = {
					id: ctx.faker.string.uuid(),
					username: '',
					first_name: body.first_name,
					last_name: body.last_name ?? '',
					type: AGENT_TYPES[body.type],
					is_manager: body.is_superuser ?? false,
					is_staff: body.is_staff ?? false,
					is_active: body.is_active ?? false,
					timezone: body.timezone ?? 'Europe/Amsterdam',
					profile_picture: null,
					pusher_channel: body.pusher_channel ?? `private-agent-${ctx.faker.string.alphanumeric(8).toLowerCase()}`,
					tenant_id: s.tenant.id,
					is_online: false,
				};
				s.agents.push(agent);
				res.status(201).json(agent);
			},
		}),
		route<AgentUpdateRequest>({
			method: 'PUT',
			path: '/tenants/{tenantId}/agents/{agentId}/',
			summary: 'Update an agent (partial body)',
			body: 'AgentUpdateRequest',
			response: 'Agent',
			// An unknown agent is a 404 before the body is checked, as for tenants.
			before: [
				knownTenant(state),
				(req, _res, next) => {
					if (!state().agents.some((a) => a.id === param(req, 'agentId'))) throw notFound();
					next();
				},
			],
			handle: (req, res, body) => {
				const agent = state().agents.find((a) => a.id === param(req, 'agentId'))!;
				const { type, is_superuser, ...rest } = body;
				Object.assign(agent, rest);
				if (type !== undefined) agent.type = AGENT_TYPES[type];
				if (is_superuser !== undefined) agent.is_manager = is_superuser;
				res.json(agent);
			},
		}),
	]);
}
