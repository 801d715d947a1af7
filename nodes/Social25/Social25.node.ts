import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { requestOptionsProperty } from '../shared/batching';
import { fastOperations } from '../shared/fast-routing';
import { requestDriver } from '../shared/request-driver';
import { getAgents } from './listSearch/getAgents';
import { getConversations } from './listSearch/getConversations';
import { getInitiatePlatforms, getWhatsAppPlatformIds } from './listSearch/getPlatforms';
import { getTemplates } from './listSearch/getTemplates';
import { getTenants } from './listSearch/getTenants';
import { getTemplateVariables } from './listSearch/templateDetails';
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
import { readSocial25Error } from './shared/errors';
import { SOCIAL25_API } from './shared/transport';
import { paginateSocial25 } from './shared/pagination';
import { resolvePath } from './shared/paths';

export class Social25 implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Social25',
		name: 'social25',
		icon: { light: 'file:social25.svg', dark: 'file:social25.dark.svg' },
		group: ['output'],
		// Version 2: WhatsApp templates with the language from a list, variables by position, checked before sending.
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Send WhatsApp, SMS and Facebook Messenger messages, templates and broadcasts and manage conversations, agents and users with the Social25 Chat API',
		defaults: { name: 'Social25' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'social25Api', required: true }],
		requestDefaults: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		// Every request goes through the shared driver (retries, provider errors, pages); see request-driver.ts.
		requestOperations: {
			pagination: requestDriver({ provider: 'Social25', readError: readSocial25Error, paginate: paginateSocial25 }),
		},
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				// Alphabetical, as n8n's verification requires; the default is the most used resource.
				options: [
					{ name: 'Agent', value: 'agent' },
					{ name: 'Conversation', value: 'conversation' },
					{ name: 'Failed Sync', value: 'failedSync' },
					{ name: 'Media', value: 'media' },
					{ name: 'Message', value: 'message' },
					{ name: 'Tenant', value: 'tenant' },
					{ name: 'User', value: 'user' },
					{ name: 'WhatsApp Template', value: 'whatsAppTemplate' },
				],
				default: 'message',
				// Hands every request to requestOperations.pagination (the shared driver), after the
				// URL's {tenantId}-style placeholders are filled in.
				routing: { send: { paginate: true, preSend: [resolvePath] } },
			},
			...agentDescription,
			...conversationDescription,
			...failedSyncDescription,
			...mediaDescription,
			...messageDescription,
			...tenantDescription,
			...userDescription,
			...whatsAppTemplateDescription,
			tenantLocator,
			requestOptionsProperty,
		],
	};

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
