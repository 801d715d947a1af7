import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { requestOptionsProperty } from '../shared/batching';
import { fastOperations } from '../shared/fast-routing';
import { requestDriver } from '../shared/request-driver';
import { getChannels } from './listSearch/getChannels';
import { getTemplates } from './listSearch/getTemplates';
import { getTemplateLanguages, getTemplatesWithStatus, getTemplateVariables } from './listSearch/templateDetails';
import { channelDescription } from './resources/channel';
import { contactDescription } from './resources/contact';
import { buildContactInfoAnswer } from './resources/contact/buildContactInfoAnswer';
import { dataDescription } from './resources/data';
import { eventDescription } from './resources/event';
import { globalVariableDescription } from './resources/globalVariable';
import { messageDescription } from './resources/message';
import { sessionDescription } from './resources/session';
import { templateDescription } from './resources/template';
import { webhookDescription } from './resources/webhook';
import { readMeheryError } from './shared/errors';
import { MEHERY_API } from './shared/transport';

export class Mehery implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Mehery',
		name: 'mehery',
		icon: { light: 'file:mehery.svg', dark: 'file:mehery.dark.svg' },
		group: ['output'],
		// Version 2: Message › Send checks a template before sending (shared/templates.ts).
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Send WhatsApp, SMS, Telegram, Instagram, Facebook, Twitter, email and web chat messages and manage sessions, contacts and templates with the Mehery XMS Messaging APIs',
		defaults: { name: 'Mehery' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'meheryApi', required: true }],
		requestDefaults: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		// Every request goes through the shared driver (retries, provider errors); see request-driver.ts.
		requestOperations: { pagination: requestDriver({ provider: 'Mehery', readError: readMeheryError }) },
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				// Alphabetical, as n8n's verification requires; the default is the most used resource.
				options: [
					{ name: 'Channel', value: 'channel' },
					{ name: 'Contact', value: 'contact' },
					{ name: 'Data', value: 'data' },
					{ name: 'Event', value: 'event' },
					{ name: 'Global Variable', value: 'globalVariable' },
					{ name: 'Message', value: 'message' },
					{ name: 'Session', value: 'session' },
					{ name: 'Template', value: 'template' },
					{ name: 'Webhook', value: 'webhook' },
				],
				default: 'message',
				// Hands every request to requestOperations.pagination, i.e. the shared driver.
				routing: { send: { paginate: true } },
			},
			...channelDescription,
			...contactDescription,
			...dataDescription,
			...eventDescription,
			...globalVariableDescription,
			...messageDescription,
			...sessionDescription,
			...templateDescription,
			...webhookDescription,
			requestOptionsProperty,
		],
	};

	methods = {
		listSearch: { getChannels, getTemplates, getTemplatesWithStatus },
		loadOptions: { getTemplateLanguages },
		resourceMapping: { getTemplateVariables },
	};

	/** Operations routing cannot express (no request is made). */
	// The hot operations skip RoutingNode's per-item walk of every property (see fast-routing.ts).
	customOperations = fastOperations(this.description, MEHERY_API, ['message.send'], {
		contact: { buildContactInfoAnswer },
	});
}
