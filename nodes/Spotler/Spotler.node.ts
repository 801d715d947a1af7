import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { actionNodeDescription } from '../shared/action-node';
import { fastOperations } from '../shared/fast-routing';
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

// The icon (spotler.svg, spotler.dark.svg) is set by actionNodeDescription, which this rule cannot see into.
// eslint-disable-next-line @n8n/community-nodes/icon-validation
export class Spotler implements INodeType {
	description: INodeTypeDescription = actionNodeDescription({
		api: SPOTLER_API,
		displayName: 'Spotler',
		name: 'spotler',
		icon: 'spotler',
		description: 'Send WhatsApp, Apple Messages, Messenger, Instagram, Twitter, Viber, LINE, web chat and SMS messages and manage conversations with the Spotler Message API',
		// Version 2: template language from the template's own, variables by position, checked before sending.
		version: [1, 2],
		defaultVersion: 2,
		resources: [
			{ name: 'Agent', value: 'agent', properties: agentDescription },
			{ name: 'API Key', value: 'apiKey', properties: apiKeyDescription },
			{ name: 'Assistant', value: 'assistant', properties: assistantDescription },
			{ name: 'Automated Message', value: 'automatedMessage', properties: automatedMessageDescription },
			{ name: 'Blacklist', value: 'blacklist', properties: blacklistDescription },
			{ name: 'Channel', value: 'channel', properties: channelDescription },
			{ name: 'Comment', value: 'comment', properties: commentDescription },
			{ name: 'Company', value: 'company', properties: companyDescription },
			{ name: 'Contact', value: 'contact', properties: contactDescription },
			{ name: 'Conversation', value: 'conversation', properties: conversationDescription },
			{ name: 'Label', value: 'label', properties: labelDescription },
			{ name: 'List', value: 'list', properties: listDescription },
			{ name: 'Message', value: 'message', properties: messageDescription },
			{ name: 'Note', value: 'note', properties: noteDescription },
			{ name: 'Profile', value: 'profile', properties: profileDescription },
			{ name: 'Team', value: 'team', properties: teamDescription },
			{ name: 'Template', value: 'template', properties: templateDescription },
			{ name: 'Webhook', value: 'webhook', properties: webhookDescription },
		],
		defaultResource: 'message',
	});

	// Message › Send skips RoutingNode's per-item walk of every property (see fast-routing.ts).
	customOperations = fastOperations(this.description, SPOTLER_API, ['message.send']);

	methods = {
		listSearch: { getAgents, getAssistants, getChannels, getCompanies, getLabels, getLists, getTeams, getTemplates },
		loadOptions: { getLabelOptions, getTemplateLanguages },
		resourceMapping: { getTemplateVariables },
	};
}
