import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import type { ChatTaggingCreate } from '../../../../schemas/wabbit/types.generated';
import { fieldError } from '../../../shared/validation';
import { chatLocator, idOf, jsonParameter, showFor, tagLocator, waIdOf } from '../../shared/descriptions';

export const chatTaggingCreateDescription: INodeProperties[] = [
	{ ...chatLocator, displayOptions: showFor('chatTagging', ['create']) },
	{ ...tagLocator, displayOptions: showFor('chatTagging', ['create']) },
	{
		displayName: 'Extra (JSON)',
		name: 'extra',
		type: 'json',
		default: '{}',
		description: 'Free-form metadata for other systems (not shown in the Web Inbox); the Rule Engine and webhooks receive it',
		displayOptions: showFor('chatTagging', ['create']),
	},
];

export async function prepareChatTaggingCreate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const extra = jsonParameter(this, this.getNodeParameter('extra', '{}'), 'Extra (JSON)');
	if (extra !== undefined && (typeof extra !== 'object' || extra === null || Array.isArray(extra))) throw fieldError(this, '"Extra (JSON)"', 'must be a JSON object');
	const body: ChatTaggingCreate = {
		tag: idOf(this, 'tag', 'Tag'),
		chat: waIdOf(this, 'chat', 'Chat'),
		extra: extra && Object.keys(extra as IDataObject).length ? (extra as IDataObject) : null,
	};
	requestOptions.body = body;
	return requestOptions;
}
