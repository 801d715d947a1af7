import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { actionNodeDescription } from '../shared/action-node';
import { fastOperations } from '../shared/fast-routing';
import { resourceSelector } from '../shared/operations';
import { getChats } from './listSearch/getChats';
import { getGroupOptions } from './listSearch/getGroupOptions';
import { getGroups } from './listSearch/getGroups';
import { getTags } from './listSearch/getTags';
import { getTemplateLanguages } from './listSearch/getTemplateLanguages';
import { getTemplates } from './listSearch/getTemplates';
import { getTemplateVariables } from './listSearch/getTemplateVariables';
import { getUsers } from './listSearch/getUsers';
import { businessProfileDescription } from './resources/businessProfile';
import { chatDescription } from './resources/chat';
import { chatTaggingDescription } from './resources/chatTagging';
import { contactDescription } from './resources/contact';
import { groupDescription } from './resources/group';
import { mediaDescription } from './resources/media';
import { messageDescription } from './resources/message';
import { messageTaggingDescription } from './resources/messageTagging';
import { personDescription } from './resources/person';
import { ruleEngineDescription } from './resources/ruleEngine';
import { buildRuleEngineAnswer } from './resources/ruleEngine/buildAnswer';
import { savedResponseDescription } from './resources/savedResponse';
import { tagDescription } from './resources/tag';
import { templateDescription } from './resources/template';
import { userDescription } from './resources/user';
import { webhookDescription } from './resources/webhook';
import { paginateWabbit } from './shared/pagination';
import { WABBIT_API } from './shared/transport';

export class Wabbit implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeDescription({
			api: WABBIT_API,
			displayName: 'Wabbit',
			name: 'wabbit',
			description: 'Run a WhatsApp inbox with the Wabbit WhatsApp Integration API: chats, messages, tags, users and more',
			// Version 2: template language from the template's own, variables by position, checked before sending.
			version: [1, 2],
			defaultVersion: 2,
			resource: resourceSelector(
				[
					{ name: 'Business Profile', value: 'businessProfile' },
					{ name: 'Chat', value: 'chat' },
					{ name: 'Chat Tagging', value: 'chatTagging' },
					{ name: 'Contact', value: 'contact' },
					{ name: 'Group', value: 'group' },
					{ name: 'Media', value: 'media' },
					{ name: 'Message', value: 'message' },
					{ name: 'Message Tagging', value: 'messageTagging' },
					{ name: 'Person', value: 'person' },
					{ name: 'Rule Engine', value: 'ruleEngine' },
					{ name: 'Saved Response', value: 'savedResponse' },
					{ name: 'Tag', value: 'tag' },
					{ name: 'Template', value: 'template' },
					{ name: 'User', value: 'user' },
					{ name: 'Webhook', value: 'webhook' },
				],
				'message',
			),
			properties: [
				...businessProfileDescription,
				...chatDescription,
				...chatTaggingDescription,
				...contactDescription,
				...groupDescription,
				...mediaDescription,
				...messageDescription,
				...messageTaggingDescription,
				...personDescription,
				...ruleEngineDescription,
				...savedResponseDescription,
				...tagDescription,
				...templateDescription,
				...userDescription,
				...webhookDescription,
			],
			// Lists page in paginateWabbit: limit/offset, back in time with before_time, or next links.
			paginate: paginateWabbit,
		}),
		icon: { light: 'file:wabbit.svg', dark: 'file:wabbit.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
	};

	// The hot operation skips RoutingNode's per-item walk of every property (see fast-routing.ts);
	// the Rule Engine answer is built from the items, without calling the API.
	customOperations = fastOperations(this.description, WABBIT_API, ['message.send'], {
		ruleEngine: { buildAnswer: buildRuleEngineAnswer },
	});

	methods = {
		listSearch: { getChats, getGroups, getTags, getTemplates, getUsers },
		loadOptions: { getGroupOptions, getTemplateLanguages },
		resourceMapping: { getTemplateVariables },
	};
}
