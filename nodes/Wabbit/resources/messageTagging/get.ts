import { forOperation } from '../../../shared/operations';
import { operation } from '../../shared/operations';

export const messageTaggingGet = operation({
	name: 'Get',
	value: 'get',
	action: 'Get a message tagging',
	// Wabbit API: GET /message_tagging/{ID}/, method and path inferred.
	description: 'Get one message tagging by ID',
	method: 'GET',
	path: '/message_tagging/{taggingId}/',
});

/** Delete names the tagging the same way. */
export const messageTaggingGetFields = forOperation(
	'messageTagging',
	['get', 'delete'],
	[
		{
			displayName: 'Tagging ID',
			name: 'taggingId',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			required: true,
			description: "The tagging's ID: the ID in the Create output, or tagging_id in a message's tags",
		},
	],
);
