import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { actionNodeDescription } from '../shared/action-node';
import { fastOperations } from '../shared/fast-routing';
import { resourceSelector } from '../shared/operations';
import { getAgents } from './listSearch/getAgents';
import { getConversations } from './listSearch/getConversations';
import { getInitiatePlatforms } from './listSearch/getInitiatePlatforms';
import { getTemplates } from './listSearch/getTemplates';
import { getTemplateVariables } from './listSearch/getTemplateVariables';
import { getTenants } from './listSearch/getTenants';
import { getWhatsAppPlatformIds } from './listSearch/getWhatsAppPlatformIds';
import { agentDescription } from './resources/agent';
import { conversationDescription } from './resources/conversation';
import { initiateConversations } from './resources/conversation/initiate';
import { failedSyncDescription } from './resources/failedSync';
import { mediaDescription } from './resources/media';
import { messageDescription } from './resources/message';
import { sendMessagesInBulk } from './resources/message/sendBulk';
import { tenantDescription } from './resources/tenant';
import { userDescription } from './resources/user';
import { whatsAppTemplateDescription } from './resources/whatsAppTemplate';
import { tenantLocator } from './shared/descriptions';
import { paginateSocial25 } from './shared/pagination';
import { SOCIAL25_API } from './shared/transport';

export class Social25 implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeDescription({
			api: SOCIAL25_API,
			displayName: 'Social25',
			name: 'social25',
			description: 'Send WhatsApp, SMS and Facebook Messenger messages, templates and broadcasts and manage conversations, agents and users with the Social25 Chat API',
			// Version 2: WhatsApp templates with the language from a list, variables by position, checked before sending.
			version: [1, 2],
			defaultVersion: 2,
			resource: resourceSelector(
				[
					{ name: 'Agent', value: 'agent' },
					{ name: 'Conversation', value: 'conversation' },
					{ name: 'Failed Sync', value: 'failedSync' },
					{ name: 'Media', value: 'media' },
					{ name: 'Message', value: 'message' },
					{ name: 'Tenant', value: 'tenant' },
					{ name: 'User', value: 'user' },
					{ name: 'WhatsApp Template', value: 'whatsAppTemplate' },
				],
				'message',
			),
			properties: [
				...agentDescription,
				...conversationDescription,
				...failedSyncDescription,
				...mediaDescription,
				...messageDescription,
				...tenantDescription,
				...userDescription,
				...whatsAppTemplateDescription,
				tenantLocator,
			],
			paginate: paginateSocial25,
		}),
		icon: { light: 'file:social25.svg', dark: 'file:social25.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
	};

	methods = {
		listSearch: { getAgents, getConversations, getInitiatePlatforms, getTemplates, getTenants, getWhatsAppPlatformIds },
		resourceMapping: { getTemplateVariables },
	};

	/** The two bulk operations send many items per request, which routing (one request per item) cannot. */
	// The hot operations skip RoutingNode's per-item walk of every property (see fast-routing.ts).
	customOperations = fastOperations(
		this.description,
		SOCIAL25_API,
		['message.sendText', 'message.sendMedia', 'message.sendWhatsAppTemplate', 'message.sendFacebookTemplate', 'message.sendBulkHsm', 'message.sendMediaTemplateHsm'],
		{
			conversation: { initiate: initiateConversations },
			message: { sendBulk: sendMessagesInBulk },
		},
	);
}
