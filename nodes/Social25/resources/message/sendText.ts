import type { TextMessageRequest } from '../../../../schemas/social25/types.generated';
import { checkLength } from '../../../shared/limits';
import { forOperation, textField } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { SOCIAL25_LIMITS } from '../../shared/limits';
import { textMessage } from '../../shared/messages';
import { operation } from '../../shared/operations';
import { social25SentSummary } from '../../shared/sent';

export const messageSendText = operation<TextMessageRequest>({
	name: 'Send Text',
	value: 'sendText',
	action: 'Send a text message',
	description: 'Send a text message to a conversation',
	method: 'POST',
	path: '/tenants/{tenantId}/conversations/{conversationId}/messages/',
	body() {
		const text = String(this.getNodeParameter('text', '') ?? '');
		if (text.trim() === '') throw fieldError(this, '"Text"', 'is empty');
		checkLength(this, 'Text', text, SOCIAL25_LIMITS.text);
		return textMessage(text);
	},
	output: [social25SentSummary],
});

export const messageSendTextFields = forOperation('message', 'sendText', [textField('The message text. On WhatsApp, free text reaches a customer only within 24 hours of their last message.')]);
