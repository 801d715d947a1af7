import { forOperation } from '../../../shared/operations';
import { operation } from '../../shared/operations';

export const chatTaggingGet = operation({
	name: 'Get',
	value: 'get',
	action: 'Get a chat tagging',
	// Wabbit API: GET /chat_tagging/{ID}/, method and path inferred.
	description: 'Get one chat tagging by ID',
	method: 'GET',
	path: '/chat_tagging/{taggingId}/',
});

/** Delete names the tagging the same way. */
export const chatTaggingGetFields = forOperation(
	'chatTagging',
	['get', 'delete'],
	[
		{
			displayName: 'Tagging ID',
			name: 'taggingId',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			required: true,
			description: "The tagging's ID: the ID in the Create output, or tagging_id in a chat's tags",
		},
	],
);
