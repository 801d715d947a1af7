import { Router } from 'express';

import { param, type ProviderContext } from '../../../core/types';
import type {
	AssistantUpdateRequest,
	Label,
	LabelCreateRequest,
	LabelUpdateRequest,
	Team,
	TeamCreateRequest,
	TeamUpdateRequest,
} from '../../../../schemas/spotler/types.generated';
import { requireScope } from '../auth';
import { SpotlerError } from '../errors';
import { companyFrom, validateBody } from '../lookup';
import { entityJid, type SpotlerState } from '../state';

/** Companies and what is shared by every channel of a company: agents, assistants, labels, teams. */
export function companyRoutes(ctx: ProviderContext, state: () => SpotlerState): Router {
	const router = Router();
	const base = '/companies/:companyId';

	router.get('/companies/current', requireScope('channel'), (_req, res) => {
		res.json(state().company);
	});
	router.get('/companies', requireScope('channel'), (_req, res) => {
		res.json([state().company]);
	});
	router.get('/companies/:companyId', requireScope('channel'), (req, res) => {
		res.json(companyFrom(state(), req));
	});

	router.get(`${base}/agents`, requireScope('assistant'), (req, res) => {
		companyFrom(state(), req);
		res.json(state().agents);
	});
	router.get(`${base}/agents/:email`, requireScope('assistant'), (req, res) => {
		companyFrom(state(), req);
		const email = param(req, 'email').toLowerCase();
		const agent = state().agents.find((a) => a.email === email);
		if (!agent) throw new SpotlerError(1009, `Agent ${email} not found`);
		res.json(agent);
	});

	router.get(`${base}/assistants`, requireScope('assistant'), (req, res) => {
		companyFrom(state(), req);
		res.json(state().assistants);
	});
	router.patch(`${base}/assistants/:jid`, requireScope('assistant'), (req, res) => {
		companyFrom(state(), req);
		const assistant = state().assistants.find((a) => a.jid === param(req, 'jid'));
		if (!assistant) throw new SpotlerError(1009, `Assistant ${param(req, 'jid')} not found`);
		Object.assign(assistant, validateBody<AssistantUpdateRequest>(ctx, 'AssistantUpdateRequest', req.body));
		res.json(assistant);
	});

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

	router.post(`${base}/labels`, requireScope('assistant'), (req, res) => {
		companyFrom(state(), req);
		const body = validateBody<LabelCreateRequest>(ctx, 'LabelCreateRequest', req.body);
		uniqueName(state().labels, body.name);
		// The doc's create response has no description, so the mock does not keep it either.
		const label: Label = { color: 8, jid: entityJid(ctx.faker, 'label'), name: body.name, priority: null };
		state().labels.push(label);
		res.status(201).json(label);
	});
	router.get(`${base}/labels`, requireScope('assistant'), (req, res) => {
		companyFrom(state(), req);
		res.json(state().labels);
	});
	router.patch(`${base}/labels/:jid`, requireScope('assistant'), (req, res) => {
		companyFrom(state(), req);
		const label = findLabel(param(req, 'jid'));
		const body = validateBody<LabelUpdateRequest>(ctx, 'LabelUpdateRequest', req.body);
		uniqueName(state().labels, body.name, label.jid);
		Object.assign(label, body);
		res.json(label);
	});
	router.delete(`${base}/labels/:jid`, requireScope('assistant'), (req, res) => {
		companyFrom(state(), req);
		const label = findLabel(param(req, 'jid'));
		const s = state();
		s.labels = s.labels.filter((l) => l !== label);
		// A deleted label disappears from every conversation of the company.
		for (const conversation of s.conversations.values()) conversation.labels = conversation.labels.filter((l) => l !== label.jid);
		res.status(204).end();
	});

	router.post(`${base}/teams`, requireScope('assistant'), (req, res) => {
		companyFrom(state(), req);
		const body = validateBody<TeamCreateRequest>(ctx, 'TeamCreateRequest', req.body);
		uniqueName(state().teams, body.name);
		const team: Team = { channels: [], color: 8, jid: entityJid(ctx.faker, 'team'), metadata: null, name: body.name, reference: null };
		state().teams.push(team);
		// The doc's create response has no reference field.
		const { reference: _reference, ...created } = team;
		res.status(201).json(created);
	});
	router.get(`${base}/teams`, requireScope('assistant'), (req, res) => {
		companyFrom(state(), req);
		res.json(state().teams);
	});
	router.patch(`${base}/teams/:jid`, requireScope('assistant'), (req, res) => {
		companyFrom(state(), req);
		const team = findTeam(param(req, 'jid'));
		const body = validateBody<TeamUpdateRequest>(ctx, 'TeamUpdateRequest', req.body);
		uniqueName(state().teams, body.name, team.jid);
		Object.assign(team, body);
		res.json(team);
	});
	router.delete(`${base}/teams/:jid`, requireScope('assistant'), (req, res) => {
		companyFrom(state(), req);
		const team = findTeam(param(req, 'jid'));
		const s = state();
		s.teams = s.teams.filter((t) => t !== team);
		for (const agent of s.agents) agent.teams = agent.teams.filter((t) => t !== team.jid);
		for (const conversation of s.conversations.values()) if (conversation.team?.jid === team.jid) conversation.team = null;
		res.status(204).end();
	});

	return router;
}
