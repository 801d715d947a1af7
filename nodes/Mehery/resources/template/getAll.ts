import { collection, forOperation, returnAllAndLimit, toQuery } from '../../../shared/operations';
import { channelFilter } from '../../shared/descriptions';
import { meheryResults } from '../../shared/envelope';
import { operation } from '../../shared/operations';

export const templateGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many HSM templates',
	description: 'List the configured HSM (WhatsApp message) templates',
	method: 'GET',
	path: '/api/v1/config/tmpl/hsm',
	output: [meheryResults],
});

export const templateGetAllFields = forOperation('template', 'getAll', [
	// The API returns whole lists, so Limit cuts them.
	...returnAllAndLimit({}, { cutList: true }),
	collection('Filters', 'filters', 'Add Filter', [
		channelFilter('Only templates submitted for this channel'),
		{
			displayName: 'Status on Channel',
			name: 'channelStatus',
			type: 'options',
			default: 'APPROVED',
			description: 'Only templates with this approval status (on the channel, when one is given)',
			// The doc gives no values for channelStatus; these are the approval states the package assumes.
			options: [
				{ name: 'Approved', value: 'APPROVED' },
				{ name: 'Pending', value: 'PENDING' },
				{ name: 'Rejected', value: 'REJECTED' },
			],
			routing: toQuery('channelStatus'),
		},
	]),
]);
