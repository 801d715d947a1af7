import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { ChatTaggingCreate } from '../../../../schemas/wabbit/types.generated';
import { forOperation } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { chatLocator, idOf, jsonParameter, tagLocator, waIdOf } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const chatTaggingCreate = operation<ChatTaggingCreate>({
	name: 'Create',
	value: 'create',
	action: 'Tag a chat',
	// Wabbit API: POST /chat_tagging/, method and path inferred.
	description: 'Tag a chat',
	method: 'POST',
	path: '/chat_tagging/',
	body: chatTaggingBody,
});

export const chatTaggingCreateFields = forOperation('chatTagging', 'create', [
	chatLocator,
	tagLocator,
	{
		displayName: 'Extra (JSON)',
		name: 'extra',
		type: 'json',
		default: '{}',
		description: 'Free-form metadata for other systems (not shown in the Web Inbox); the Rule Engine and webhooks receive it',
	},
]);

function chatTaggingBody(this: IExecuteSingleFunctions): ChatTaggingCreate {
	const extra = jsonParameter(this, this.getNodeParameter('extra', '{}'), 'Extra (JSON)');
	if (extra !== undefined && (typeof extra !== 'object' || extra === null || Array.isArray(extra))) throw fieldError(this, '"Extra (JSON)"', 'must be a JSON object');
	const body: ChatTaggingCreate = {
		tag: idOf(this, 'tag', 'Tag'),
		chat: waIdOf(this, 'chat', 'Chat'),
		extra: extra && Object.keys(extra as IDataObject).length ? (extra as IDataObject) : null,
	};
	return body;
}
