import { forOperation, successOutput } from '../../../shared/operations';
import { companyLocator, teamLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const teamDelete = operation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a team',
	description: 'Delete a team; its agents and conversations lose it',
	method: 'DELETE',
	path: '/companies/{company}/teams/{team}',
	output: [successOutput()],
});

export const teamDeleteFields = forOperation('team', 'delete', [companyLocator, teamLocator]);
