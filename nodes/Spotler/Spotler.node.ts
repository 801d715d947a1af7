import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { actionNodeDescription } from '../shared/action-node';
import { fastOperations } from '../shared/fast-routing';
import { resourceSelector } from '../shared/operations';
import { getAgents } from './listSearch/getAgents';
import { getAssistants } from './listSearch/getAssistants';
import { getChannels } from './listSearch/getChannels';
import { getCompanies } from './listSearch/getCompanies';
import { getLabelOptions } from './listSearch/getLabelOptions';
import { getLabels } from './listSearch/getLabels';
import { getLists } from './listSearch/getLists';
import { getTeams } from './listSearch/getTeams';
import { getTemplateLanguages } from './listSearch/getTemplateLanguages';
import { getTemplates } from './listSearch/getTemplates';
import { getTemplateVariables } from './listSearch/getTemplateVariables';
import { agentDescription } from './resources/agent';
import { apiKeyDescription } from './resources/apiKey';
import { assistantDescription } from './resources/assistant';
import { automatedMessageDescription } from './resources/automatedMessage';
import { blacklistDescription } from './resources/blacklist';
import { channelDescription } from './resources/channel';
import { commentDescription } from './resources/comment';
import { companyDescription } from './resources/company';
import { contactDescription } from './resources/contact';
import { conversationDescription } from './resources/conversation';
import { labelDescription } from './resources/label';
import { listDescription } from './resources/list';
import { messageDescription } from './resources/message';
import { noteDescription } from './resources/note';
import { profileDescription } from './resources/profile';
import { teamDescription } from './resources/team';
import { templateDescription } from './resources/template';
import { webhookDescription } from './resources/webhook';
import { SPOTLER_API } from './shared/transport';

export class Spotler implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeDescription({
			api: SPOTLER_API,
			displayName: 'Spotler',
			name: 'spotler',
			description: 'Send WhatsApp, Apple Messages, Messenger, Instagram, Twitter, Viber, LINE, web chat and SMS messages and manage conversations with the Spotler Message API',
			// Version 2: template language from the template's own, variables by position, checked before sending.
			version: [1, 2],
			defaultVersion: 2,
			resource: resourceSelector(
				[
					{ name: 'Agent', value: 'agent' },
					{ name: 'API Key', value: 'apiKey' },
					{ name: 'Assistant', value: 'assistant' },
					{ name: 'Automated Message', value: 'automatedMessage' },
					{ name: 'Blacklist', value: 'blacklist' },
					{ name: 'Channel', value: 'channel' },
					{ name: 'Comment', value: 'comment' },
					{ name: 'Company', value: 'company' },
					{ name: 'Contact', value: 'contact' },
					{ name: 'Conversation', value: 'conversation' },
					{ name: 'Label', value: 'label' },
					{ name: 'List', value: 'list' },
					{ name: 'Message', value: 'message' },
					{ name: 'Note', value: 'note' },
					{ name: 'Profile', value: 'profile' },
					{ name: 'Team', value: 'team' },
					{ name: 'Template', value: 'template' },
					{ name: 'Webhook', value: 'webhook' },
				],
				'message',
			),
			properties: [
				...agentDescription,
				...apiKeyDescription,
				...assistantDescription,
				...automatedMessageDescription,
				...blacklistDescription,
				...channelDescription,
				...commentDescription,
				...companyDescription,
				...contactDescription,
				...conversationDescription,
				...labelDescription,
				...listDescription,
				...messageDescription,
				...noteDescription,
				...profileDescription,
				...teamDescription,
				...templateDescription,
				...webhookDescription,
			],
		}),
		icon: { light: 'file:spotler.svg', dark: 'file:spotler.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
	};

	// Message › Send skips RoutingNode's per-item walk of every property (see fast-routing.ts).
	customOperations = fastOperations(this.description, SPOTLER_API, ['message.send']);

	methods = {
		listSearch: { getAgents, getAssistants, getChannels, getCompanies, getLabels, getLists, getTeams, getTemplates },
		loadOptions: { getLabelOptions, getTemplateLanguages },
		resourceMapping: { getTemplateVariables },
	};
}
