import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import type { SessionQueueAssignment } from '../../../../schemas/mehery/types.generated';
import { fieldError } from '../../../shared/validation';
import { sessionIdField } from '../../shared/descriptions';

const showOnlyForSessionRoute = { operation: ['route'], resource: ['session'] };

export const sessionRouteDescription: INodeProperties[] = [
	sessionIdField(showOnlyForSessionRoute, 'The session to route'),
	{
		displayName: 'Queue',
		name: 'queue',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'SUPPORT',
		description: 'The queue the session moves to; all later inbound messages go to this queue',
		displayOptions: { show: showOnlyForSessionRoute },
	},
	{
		displayName: 'Agent Assignment',
		name: 'assignment',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only applies when the queue is an agent queue',
		displayOptions: { show: showOnlyForSessionRoute },
		options: [
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
	},
	{
		displayName: 'Parameters',
		name: 'routingParameters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Parameter',
		default: {},
		description: 'Extra values handed to the router',
		displayOptions: { show: showOnlyForSessionRoute },
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
];

export async function prepareSessionRoute(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const sessionId = String(this.getNodeParameter('sessionId', '') ?? '').trim();
	const queue = String(this.getNodeParameter('queue', '') ?? '').trim();
	if (!sessionId) throw fieldError(this, '"Session ID"', 'is empty');
	if (!queue) throw fieldError(this, '"Queue"', 'is empty');
	const assignment = this.getNodeParameter('assignment', {}) as { agent?: string; team?: string; skills?: string[] | string };
	const params: IDataObject = {};
	for (const row of (this.getNodeParameter('routingParameters.parameter', []) as Array<{ name: string; value: string }>) ?? []) {
		if (row.name) params[row.name] = row.value;
	}
	const skills = (Array.isArray(assignment.skills) ? assignment.skills : String(assignment.skills ?? '').split(','))
		.map((s) => String(s).trim())
		.filter(Boolean);
	const body: SessionQueueAssignment = { sessionId, queue, params };
	if (assignment.agent?.trim()) body.agent = assignment.agent.trim();
	if (assignment.team?.trim()) body.team = assignment.team.trim();
	if (skills.length) body.skills = skills;
	requestOptions.body = body;
	return requestOptions;
}
