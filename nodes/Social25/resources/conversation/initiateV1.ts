import type { InitiateConversationItem } from '../../../../schemas/social25/types.generated';
import { forOperation } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { platformLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';
import { phoneProblem } from '../../shared/phone';

export const conversationInitiateV1 = operation<InitiateConversationItem>({
	name: 'Initiate One (Deprecated)',
	value: 'initiateV1',
	action: 'Initiate one conversation (Deprecated)',
	description: 'DEPRECATED by Social25 (Initiate Conversations V1): use Initiate instead. Starts one WhatsApp conversation.',
	method: 'POST',
	path: '/tenants/{tenantId}/initiate_conversation/',
	body() {
		const platformId = String(this.getNodeParameter('platform', '', { extractValue: true }) ?? '').trim();
		if (!platformId) throw fieldError(this, '"Platform"', 'is empty');
		const phone = String(this.getNodeParameter('phoneNumber', '') ?? '');
		const problem = phoneProblem(phone);
		if (problem) throw fieldError(this, '"Phone Number"', problem);
		return { platform_id: platformId, user_identifier: phone.trim() };
	},
});

export const conversationInitiateV1Fields = forOperation('conversation', 'initiateV1', [
	{
		displayName: 'Social25 deprecated this endpoint (Initiate Conversations V1). Use Conversation > Initiate, which also handles many numbers at once.',
		name: 'initiateV1Notice',
		type: 'notice',
		default: '',
	},
	// V1 identifies the platform by its id in the tenant configuration.
	platformLocator('getWhatsAppPlatformIds', '5'),
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		default: '',
		required: true,
		placeholder: '+31611122233',
		description: "The customer's number in E.164, or in the national format of the platform's country",
	},
]);
