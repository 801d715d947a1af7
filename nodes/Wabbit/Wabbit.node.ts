import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { requestOptionsProperty } from '../shared/batching';
import { fastOperations } from '../shared/fast-routing';
import { requestDriver } from '../shared/request-driver';
import { getChats, getGroupOptions, getGroups, getTags, getTemplateLanguages, getTemplates, getTemplateVariables, getUsers } from './listSearch';
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
import { readWabbitError } from './shared/errors';
import { WABBIT_API } from './shared/transport';
import { paginateWabbit } from './shared/pagination';

export class Wabbit implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Wabbit',
		name: 'wabbit',
		icon: { light: 'file:wabbit.svg', dark: 'file:wabbit.dark.svg' },
		group: ['output'],
		// Version 2: template language from the template's own, variables by position, checked before sending.
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Run a WhatsApp inbox with the Wabbit WhatsApp Integration API: chats, messages, tags, users and more',
		defaults: { name: 'Wabbit' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'wabbitApi', required: true }],
		requestDefaults: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "") + "/api/v1"}}',
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		// Every request goes through the shared driver (retries, DRF errors); lists page in paginateWabbit.
		requestOperations: { pagination: requestDriver({ provider: 'Wabbit', readError: readWabbitError, paginate: paginateWabbit }) },
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				// Alphabetical, as n8n's verification requires; the default is the most used resource.
				options: [
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
				default: 'message',
				// Hands every request to requestOperations.pagination, i.e. the shared driver.
				routing: { send: { paginate: true } },
			},
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
			requestOptionsProperty,
		],
	};

	/** The Rule Engine answer is built from the items, without calling the API. */
	// The hot operations skip RoutingNode's per-item walk of every property (see fast-routing.ts).
	customOperations = fastOperations(this.description, WABBIT_API, ['message.send'], {
		ruleEngine: { buildAnswer: buildRuleEngineAnswer },
	});

	methods = {
		listSearch: { getChats, getGroups, getTags, getTemplates, getUsers },
		loadOptions: { getGroupOptions, getTemplateLanguages },
		resourceMapping: { getTemplateVariables },
	};
}
