import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { MessageTaggingCreate } from '../../../../schemas/wabbit/types.generated';
import { forOperation } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { idOf, jsonParameter, tagLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const messageTaggingCreate = operation<MessageTaggingCreate>({
	name: 'Create',
	value: 'create',
	action: 'Tag a message',
	// Wabbit API: POST /message_tagging/, method and path inferred.
	description: 'Tag a message; its chat gets the same tag',
	method: 'POST',
	path: '/message_tagging/',
	body: messageTaggingBody,
});

export const messageTaggingCreateFields = forOperation('messageTagging', 'create', [
	{
		displayName: 'Message ID',
		name: 'messageId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'ABGGSFEBeRJ_AhD8o8zP9ulNeUPgdK123456',
		description: "The WhatsApp message ID, as in a message item's waba_payload. Tagging a message also tags its chat.",
	},
	tagLocator,
	{
		displayName: 'Extra (JSON)',
		name: 'extra',
		type: 'json',
		default: '{}',
		description: 'Free-form metadata for other systems (not shown in the Web Inbox); the Rule Engine and webhooks receive it',
	},
]);

function messageTaggingBody(this: IExecuteSingleFunctions): MessageTaggingCreate {
	const extra = jsonParameter(this, this.getNodeParameter('extra', '{}'), 'Extra (JSON)');
	if (extra !== undefined && (typeof extra !== 'object' || extra === null || Array.isArray(extra))) throw fieldError(this, '"Extra (JSON)"', 'must be a JSON object');
	const body: MessageTaggingCreate = {
		tag: idOf(this, 'tag', 'Tag'),
		message: String(this.getNodeParameter('messageId', '') ?? '').trim(),
		extra: extra && Object.keys(extra as IDataObject).length ? (extra as IDataObject) : null,
	};
	if (!body.message) throw fieldError(this, '"Message ID"', 'is empty');
	return body;
}
