import { Router } from 'express';

import { param, type ProviderContext } from '../../../core/types';
import type { Agent, AgentCreateRequest, AgentUpdateRequest } from '../../../../schemas/social25/types.generated';
import { notFound } from '../errors';
import { assertTenant, page, tenantView, validateBody } from '../lookup';
import type { Social25State } from '../state';

/** Request `type` is an integer: 0 = HUMAN, 1 = AUTOMATED (the doc's "HUMAN = 1, AUTOMATED = 1" is a typo). */
const AGENT_TYPES: Agent['type'][] = ['HUMAN', 'AUTOMATED'];

export function tenantRoutes(ctx: ProviderContext, state: () => Social25State): Router {
	const router = Router();

	router.get('/tenants/', (req, res) => {
		res.json(page(ctx, req, [tenantView(state())]));
	});

	router.get('/tenants/:tenantId/agents/', (req, res) => {
		assertTenant(state(), req);
		res.json(page(ctx, req, state().agents));
	});

	router.post('/tenants/:tenantId/agents/', (req, res) => {
		const s = state();
		assertTenant(s, req);
		const body = validateBody<AgentCreateRequest>(ctx, 'AgentCreateRequest', req.body);
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
	});

	router.put('/tenants/:tenantId/agents/:agentId/', (req, res) => {
		const s = state();
		assertTenant(s, req);
		const agent = s.agents.find((a) => a.id === param(req, 'agentId'));
		if (!agent) throw notFound();
		const { type, is_superuser, ...rest } = validateBody<AgentUpdateRequest>(ctx, 'AgentUpdateRequest', req.body);
		Object.assign(agent, rest);
		if (type !== undefined) agent.type = AGENT_TYPES[type];
		if (is_superuser !== undefined) agent.is_manager = is_superuser;
		res.json(agent);
	});

	return router;
}
