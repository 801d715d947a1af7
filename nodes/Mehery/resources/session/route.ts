import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { SessionQueueAssignment } from '../../../../schemas/mehery/types.generated';
import { collection, forOperation } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { sessionIdField } from '../../shared/descriptions';
import { meheryResults } from '../../shared/envelope';
import { operation } from '../../shared/operations';

function sessionRouteBody(this: IExecuteSingleFunctions): SessionQueueAssignment {
	const sessionId = String(this.getNodeParameter('sessionId', '') ?? '').trim();
	const queue = String(this.getNodeParameter('queue', '') ?? '').trim();
	if (!sessionId) throw fieldError(this, '"Session ID"', 'is empty');
	if (!queue) throw fieldError(this, '"Queue"', 'is empty');
	const assignment = this.getNodeParameter('assignment', {}) as { agent?: string; team?: string; skills?: string[] | string };
	const params: IDataObject = {};
	for (const row of (this.getNodeParameter('routingParameters.parameter', []) as Array<{ name: string; value: string }>) ?? []) {
		if (row.name) params[row.name] = row.value;
	}
	const skills = (Array.isArray(assignment.skills) ? assignment.skills : String(assignment.skills ?? '').split(',')).map((s) => String(s).trim()).filter(Boolean);
	const body: SessionQueueAssignment = { sessionId, queue, params };
	if (assignment.agent?.trim()) body.agent = assignment.agent.trim();
	if (assignment.team?.trim()) body.team = assignment.team.trim();
	if (skills.length) body.skills = skills;
	return body;
}

export const sessionRoute = operation<SessionQueueAssignment>({
	name: 'Route',
	value: 'route',
	action: 'Route a session',
	description: 'Assign the session to another queue, agent or team; later inbound messages go there',
	method: 'POST',
	path: '/api/v1/session/routing',
	body: sessionRouteBody,
	output: [meheryResults],
});

export const sessionRouteFields = forOperation('session', 'route', [
	sessionIdField('The session to route'),
	{
		displayName: 'Queue',
		name: 'queue',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'SUPPORT',
		description: 'The queue the session moves to; all later inbound messages go to this queue',
	},
	collection(
		'Agent Assignment',
		'assignment',
		'Add Field',
		[
			{ displayName: 'Agent Code', name: 'agent', type: 'string', default: '', description: 'The agent to assign the session to' },
			{
				displayName: 'Skills',
				name: 'skills',
				type: 'string',
				typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Skill' },
				default: [],
				placeholder: 'dental',
				description: 'Skills the agent needs',
			},
			{ displayName: 'Team Code', name: 'team', type: 'string', default: '', description: 'The team to assign the session to' },
		],
		{ description: 'Only applies when the queue is an agent queue' },
	),
	{
		displayName: 'Parameters',
		name: 'routingParameters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Parameter',
		default: {},
		description: 'Extra values handed to the router',
		options: [
			{
				displayName: 'Parameter',
				name: 'parameter',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	},
]);
