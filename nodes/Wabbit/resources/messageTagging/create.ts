import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import type { MessageTaggingCreate } from '../../../../schemas/wabbit/types.generated';
import { fieldError } from '../../../shared/validation';
import { idOf, jsonParameter, showFor, tagLocator } from '../../shared/descriptions';

export const messageTaggingCreateDescription: INodeProperties[] = [
	{
		displayName: 'Message ID',
		name: 'messageId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'ABGGSFEBeRJ_AhD8o8zP9ulNeUPgdK123456',
		description: 'The WhatsApp message ID, as in a message item\'s waba_payload. Tagging a message also tags its chat.',
		displayOptions: showFor('messageTagging', ['create']),
	},
	{ ...tagLocator, displayOptions: showFor('messageTagging', ['create']) },
	{
		displayName: 'Extra (JSON)',
		name: 'extra',
		type: 'json',
		default: '{}',
		description: 'Free-form metadata for other systems (not shown in the Web Inbox); the Rule Engine and webhooks receive it',
		displayOptions: showFor('messageTagging', ['create']),
	},
];

export async function prepareMessageTaggingCreate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const extra = jsonParameter(this, this.getNodeParameter('extra', '{}'), 'Extra (JSON)');
	if (extra !== undefined && (typeof extra !== 'object' || extra === null || Array.isArray(extra))) throw fieldError(this, '"Extra (JSON)"', 'must be a JSON object');
	const body: MessageTaggingCreate = {
		tag: idOf(this, 'tag', 'Tag'),
		message: String(this.getNodeParameter('messageId', '') ?? '').trim(),
		extra: extra && Object.keys(extra as IDataObject).length ? (extra as IDataObject) : null,
	};
	if (!body.message) throw fieldError(this, '"Message ID"', 'is empty');
	requestOptions.body = body;
	return requestOptions;
}
