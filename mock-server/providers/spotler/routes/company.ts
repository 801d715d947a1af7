import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import { param, type ProviderContext } from '../../../core/types';
import type { AssistantUpdateRequest, Label, LabelCreateRequest, LabelUpdateRequest, Team, TeamCreateRequest, TeamUpdateRequest } from '../../../../schemas/spotler/types.generated';
import { requireScope } from '../auth';
import { invalidBody, SpotlerError } from '../errors';
import { companyFrom } from '../lookup';
import { entityJid, type SpotlerState } from '../state';

/** Companies and what is shared by every channel of a company: agents, assistants, labels, teams. */
export function companyRoutes(ctx: ProviderContext, state: () => SpotlerState): Router {
	const uniqueName = (items: Array<{ name: string; jid: string }>, name: string | undefined, self?: string) => {
		if (name !== undefined && items.some((i) => i.jid !== self && i.name.toLowerCase() === name.toLowerCase())) {
			throw new SpotlerError(1014, `Already exists: "${name}"`);
		}
	};
	const findLabel = (jid: string): Label => {
		const label = state().labels.find((l) => l.jid === jid);
		if (!label) throw new SpotlerError(1009, `Label ${jid} not found`);
		return label;
	};
	const findTeam = (jid: string): Team => {
		const team = state().teams.find((t) => t.jid === jid);
		if (!team) throw new SpotlerError(1009, `Team ${jid} not found`);
		return team;
	};
	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/companies/current',
			summary: 'Read the current company',
			response: 'Company',
			before: [requireScope('channel')],
			handle: (_req, res) => {
				res.json(state().company);
			},
		}),
		route({
			method: 'GET',
			path: '/companies',
			summary: 'List companies',
			response: 'Company',
			before: [requireScope('channel')],
			handle: (_req, res) => {
				res.json([state().company]);
			},
		}),
		route({
			method: 'GET',
			path: '/companies/{companyId}',
			summary: 'Read a company',
			response: 'Company',
			before: [requireScope('channel')],
			handle: (req, res) => {
				res.json(companyFrom(state(), req));
			},
		}),
		route({
			method: 'GET',
			path: '/companies/{companyId}/agents',
			summary: 'List agents',
			response: 'Agent',
			before: [requireScope('assistant')],
			handle: (req, res) => {
				companyFrom(state(), req);
				res.json(state().agents);
			},
		}),
		route({
			method: 'GET',
			path: '/companies/{companyId}/agents/{email}',
			summary: 'Read an agent',
			response: 'Agent',
			before: [requireScope('assistant')],
			handle: (req, res) => {
				companyFrom(state(), req);
				const email = param(req, 'email').toLowerCase();
				const agent = state().agents.find((a) => a.email === email);
				if (!agent) throw new SpotlerError(1009, `Agent ${email} not found`);
				res.json(agent);
			},
		}),
		route({
			method: 'GET',
			path: '/companies/{companyId}/assistants',
			summary: 'List assistants',
			response: 'Assistant',
			before: [requireScope('assistant')],
			handle: (req, res) => {
				companyFrom(state(), req);
				res.json(state().assistants);
			},
		}),
		route<AssistantUpdateRequest>({
			method: 'PATCH',
			path: '/companies/{companyId}/assistants/{jid}',
			summary: 'Update an assistant',
			body: 'AssistantUpdateRequest',
			response: 'Assistant',
			before: [requireScope('assistant')],
			handle: (req, res, body) => {
				companyFrom(state(), req);
				const assistant = state().assistants.find((a) => a.jid === param(req, 'jid'));
				if (!assistant) throw new SpotlerError(1009, `Assistant ${param(req, 'jid')} not found`);
				Object.assign(assistant, body);
				res.json(assistant);
			},
		}),
		route<LabelCreateRequest>({
			method: 'POST',
			path: '/companies/{companyId}/labels',
			summary: 'Create a label',
			body: 'LabelCreateRequest',
			response: 'Label',
			before: [requireScope('assistant')],
			handle: (req, res, body) => {
				companyFrom(state(), req);
				uniqueName(state().labels, body.name);
				// The doc's create response has no description, so the mock does not keep it either.
				const label: Label = { color: 8, jid: entityJid(ctx.faker, 'label'), name: body.name, priority: null };
				state().labels.push(label);
				res.status(201).json(label);
			},
		}),
		route({
			method: 'GET',
			path: '/companies/{companyId}/labels',
			summary: 'List labels',
			response: 'Label',
			before: [requireScope('assistant')],
			handle: (req, res) => {
				companyFrom(state(), req);
				res.json(state().labels);
			},
		}),
		route<LabelUpdateRequest>({
			method: 'PATCH',
			path: '/companies/{companyId}/labels/{jid}',
			summary: 'Update a label',
			body: 'LabelUpdateRequest',
			response: 'Label',
			before: [requireScope('assistant')],
			handle: (req, res, body) => {
				companyFrom(state(), req);
				const label = findLabel(param(req, 'jid'));
				uniqueName(state().labels, body.name, label.jid);
				Object.assign(label, body);
				res.json(label);
			},
		}),
		route({
			method: 'DELETE',
			path: '/companies/{companyId}/labels/{jid}',
			summary: 'Delete a label',
			before: [requireScope('assistant')],
			handle: (req, res) => {
				companyFrom(state(), req);
				const label = findLabel(param(req, 'jid'));
				const s = state();
				s.labels = s.labels.filter((l) => l !== label);
				// A deleted label disappears from every conversation of the company.
				for (const conversation of s.conversations.values()) conversation.labels = conversation.labels.filter((l) => l !== label.jid);
				res.status(204).end();
			},
		}),
		route<TeamCreateRequest>({
			method: 'POST',
			path: '/companies/{companyId}/teams',
			summary: 'Create a team',
			body: 'TeamCreateRequest',
			response: 'Team',
			before: [requireScope('assistant')],
			handle: (req, res, body) => {
				companyFrom(state(), req);
				uniqueName(state().teams, body.name);
				const team: Team = { channels: [], color: 8, jid: entityJid(ctx.faker, 'team'), metadata: null, name: body.name, reference: null };
				state().teams.push(team);
				// The doc's create response has no reference field.
				const { reference: _reference, ...created } = team;
				res.status(201).json(created);
			},
		}),
		route({
			method: 'GET',
			path: '/companies/{companyId}/teams',
			summary: 'List teams',
			response: 'Team',
			before: [requireScope('assistant')],
			handle: (req, res) => {
				companyFrom(state(), req);
				res.json(state().teams);
			},
		}),
		route<TeamUpdateRequest>({
			method: 'PATCH',
			path: '/companies/{companyId}/teams/{jid}',
			summary: 'Update a team',
			body: 'TeamUpdateRequest',
			response: 'Team',
			before: [requireScope('assistant')],
			handle: (req, res, body) => {
				companyFrom(state(), req);
				const team = findTeam(param(req, 'jid'));
				uniqueName(state().teams, body.name, team.jid);
				Object.assign(team, body);
				res.json(team);
			},
		}),
		route({
			method: 'DELETE',
			path: '/companies/{companyId}/teams/{jid}',
			summary: 'Delete a team',
			before: [requireScope('assistant')],
			handle: (req, res) => {
				companyFrom(state(), req);
				const team = findTeam(param(req, 'jid'));
				const s = state();
				s.teams = s.teams.filter((t) => t !== team);
				for (const agent of s.agents) agent.teams = agent.teams.filter((t) => t !== team.jid);
				for (const conversation of s.conversations.values()) if (conversation.team?.jid === team.jid) conversation.team = null;
				res.status(204).end();
			},
		}),
	]);
}
