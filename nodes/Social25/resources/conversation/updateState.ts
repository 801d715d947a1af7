import type { ConversationStateUpdateRequest } from '../../../../schemas/social25/types.generated';
import { forOperation } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { operation } from '../../shared/operations';

/** The documented integer codes of the states a conversation can be set to. */
export const STATE_CODES: Record<string, ConversationStateUpdateRequest['state']> = { OPEN: 0, EXPIRED: 1, AUTO_BOT: 2, CLOSED: 3 };

export const conversationUpdateStateFields = forOperation('conversation', 'updateState', [
	{
		displayName: 'State',
		name: 'newState',
		type: 'options',
		default: 'OPEN',
		options: [
			{ name: 'Auto Bot', value: 'AUTO_BOT', description: 'A bot handles the conversation; its messages are not pushed to Salesforce' },
			{ name: 'Closed', value: 'CLOSED', description: "No agent action needed; the customer's next message reopens it" },
			{ name: 'Expired', value: 'EXPIRED', description: 'The conversation cannot be used anymore' },
			{ name: 'Open', value: 'OPEN', description: 'The default: messages are pushed to Salesforce' },
		],
	},
	{
		displayName: 'Custom Data',
		name: 'customData',
		type: 'json',
		default: '',
		description: 'Any JSON object to store on the conversation; Social25 adds it to the auxiliary data in Salesforce. Leave empty to keep the current data.',
		placeholder: '{ "bot_outcome": "closed_lost" }',
	},
]);

export const conversationUpdateState = operation<ConversationStateUpdateRequest>({
	name: 'Update State',
	value: 'updateState',
	action: 'Update the state of a conversation',
	description: 'Set a conversation to Open, Expired, Auto Bot or Closed and store custom data on it',
	method: 'PUT',
	path: '/tenants/{tenantId}/conversations/{conversationId}/details/',
	body() {
		const body: ConversationStateUpdateRequest = { action: 'change_state', state: STATE_CODES[this.getNodeParameter('newState') as string] };
		const raw = this.getNodeParameter('customData', '') as unknown;
		if (raw !== '' && raw !== undefined && raw !== null) {
			let data = raw;
			if (typeof raw === 'string') {
				try {
					data = JSON.parse(raw);
				} catch {
					throw fieldError(this, '"Custom Data"', 'is not valid JSON');
				}
			}
			if (!data || typeof data !== 'object' || Array.isArray(data)) throw fieldError(this, '"Custom Data"', 'must be a JSON object');
			body.custom_data = data as Record<string, unknown>;
		}
		return body;
	},
});
