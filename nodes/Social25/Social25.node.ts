import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { actionNodeDescription } from '../shared/action-node';
import { fastOperations } from '../shared/fast-routing';
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

// actionNodeDescription sets the icon (social25.svg, social25.dark.svg); the rule only looks in an object literal.
// eslint-disable-next-line @n8n/community-nodes/icon-validation
export class Social25 implements INodeType {
	description: INodeTypeDescription = actionNodeDescription({
		api: SOCIAL25_API,
		displayName: 'Social25',
		name: 'social25',
		icon: 'social25',
		description: 'Send WhatsApp, SMS and Facebook Messenger messages, templates and broadcasts and manage conversations, agents and users with the Social25 Chat API',
		// Version 2: WhatsApp templates with the language from a list, variables by position, checked before sending.
		version: [1, 2],
		defaultVersion: 2,
		resources: [
			{ name: 'Agent', value: 'agent', properties: agentDescription },
			{ name: 'Conversation', value: 'conversation', properties: conversationDescription },
			{ name: 'Failed Sync', value: 'failedSync', properties: failedSyncDescription },
			{ name: 'Media', value: 'media', properties: mediaDescription },
			{ name: 'Message', value: 'message', properties: messageDescription },
			{ name: 'Tenant', value: 'tenant', properties: tenantDescription },
			{ name: 'User', value: 'user', properties: userDescription },
			{ name: 'WhatsApp Template', value: 'whatsAppTemplate', properties: whatsAppTemplateDescription },
		],
		defaultResource: 'message',
		paginate: paginateSocial25,
		extraProperties: [tenantLocator],
	});

	methods = {
		listSearch: { getAgents, getConversations, getInitiatePlatforms, getTemplates, getTenants, getWhatsAppPlatformIds },
		resourceMapping: { getTemplateVariables },
	};

	/** The two bulk operations send many items per request, which routing (one request per item) cannot. */
	// The hot operations skip RoutingNode's per-item walk of every property (see fast-routing.ts).
	customOperations = fastOperations(this.description, SOCIAL25_API, ['message.sendText', 'message.sendMedia', 'message.sendWhatsAppTemplate', 'message.sendFacebookTemplate', 'message.sendBulkHsm', 'message.sendMediaTemplateHsm'], {
		conversation: { initiate: initiateConversations },
		message: { sendBulk: sendMessagesInBulk },
	});
}
