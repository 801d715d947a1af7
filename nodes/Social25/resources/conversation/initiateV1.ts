import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { InitiateConversationItem } from '../../../../schemas/social25/types.generated';
import { fieldError } from '../../../shared/validation';
import { phoneProblem } from '../../shared/phone';
import { platformLocator } from './platform';

const show = { resource: ['conversation'], operation: ['initiateV1'] };

export const conversationInitiateV1Description: INodeProperties[] = [
	{
		displayName: 'Social25 deprecated this endpoint (Initiate Conversations V1). Use Conversation > Initiate, which also handles many numbers at once.',
		name: 'initiateV1Notice',
		type: 'notice',
		default: '',
		displayOptions: { show },
	},
	// V1 identifies the platform by its id in the tenant configuration.
	platformLocator(show, 'getWhatsAppPlatformIds', '5'),
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		default: '',
		required: true,
		placeholder: '+31611122233',
		description: 'The customer\'s number in E.164, or in the national format of the platform\'s country',
		displayOptions: { show },
	},
];

export async function prepareInitiateV1(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const platformId = String(this.getNodeParameter('platform', '', { extractValue: true }) ?? '').trim();
	if (!platformId) throw fieldError(this, '"Platform"', 'is empty');
	const phone = String(this.getNodeParameter('phoneNumber', '') ?? '');
	const problem = phoneProblem(phone);
	if (problem) throw fieldError(this, '"Phone Number"', problem);
	const body: InitiateConversationItem = { platform_id: platformId, user_identifier: phone.trim() };
	requestOptions.body = body;
	return requestOptions;
}

export const conversationInitiateV1: INodePropertyOptions = {
	name: 'Initiate One (Deprecated)',
	value: 'initiateV1',
	action: 'Initiate one conversation (Deprecated)',
	description: 'DEPRECATED by Social25 (Initiate Conversations V1): use Initiate instead. Starts one WhatsApp conversation.',
	routing: {
		request: { method: 'POST', url: '/tenants/{tenantId}/initiate_conversation/' },
		send: { preSend: [prepareInitiateV1] },
	},
};
