import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { actionNodeDescription } from '../shared/action-node';
import { fastOperations } from '../shared/fast-routing';
import { resourceSelector } from '../shared/operations';
import { getChannels } from './listSearch/getChannels';
import { getTemplateLanguages } from './listSearch/getTemplateLanguages';
import { getTemplates } from './listSearch/getTemplates';
import { getTemplatesWithStatus } from './listSearch/getTemplatesWithStatus';
import { getTemplateVariables } from './listSearch/getTemplateVariables';
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
import { MEHERY_API } from './shared/transport';

export class Mehery implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeDescription({
			api: MEHERY_API,
			displayName: 'Mehery',
			name: 'mehery',
			description: 'Send WhatsApp, SMS, Telegram, Instagram, Facebook, Twitter, email and web chat messages and manage sessions, contacts and templates with the Mehery XMS Messaging APIs',
			// Version 2: Message › Send checks a template before sending (shared/templates.ts).
			version: [1, 2],
			defaultVersion: 2,
			resource: resourceSelector(
				[
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
				'message',
			),
			properties: [
				...channelDescription,
				...contactDescription,
				...dataDescription,
				...eventDescription,
				...globalVariableDescription,
				...messageDescription,
				...sessionDescription,
				...templateDescription,
				...webhookDescription,
			],
		}),
		// n8n's scanner reads these only from the class's own literal.
		icon: { light: 'file:mehery.svg', dark: 'file:mehery.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
	};

	methods = {
		listSearch: { getChannels, getTemplates, getTemplatesWithStatus },
		loadOptions: { getTemplateLanguages },
		resourceMapping: { getTemplateVariables },
	};

	// The hot operations skip RoutingNode's per-item walk of every property (see fast-routing.ts);
	// Contact › Build Contact Info Answer makes no request, so routing cannot express it.
	customOperations = fastOperations(this.description, MEHERY_API, ['message.send'], {
		contact: { buildContactInfoAnswer },
	});
}
