import type { INodeProperties } from 'n8n-workflow';

import { conversationLocator, operationSelector } from '../../shared/descriptions';
import { messageGetAll, messageGetAllDescription } from './getAll';
import { messageSendBulk, messageSendBulkDescription } from './sendBulk';
import { messageSendBulkHsm, messageSendBulkHsmDescription } from './sendBulkHsm';
import { messageSendFacebookTemplate, messageSendFacebookTemplateDescription } from './sendFacebookTemplate';
import { messageSendMedia, messageSendMediaDescription } from './sendMedia';
import { messageSendMediaTemplateHsm, messageSendMediaTemplateHsmDescription } from './sendMediaTemplateHsm';
import { messageSendText, messageSendTextDescription } from './sendText';
import { messageSendWhatsAppTemplate, messageSendWhatsAppTemplateDescription } from './sendWhatsAppTemplate';

export const messageDescription: INodeProperties[] = [
	operationSelector(
		'message',
		[
			messageGetAll,
			messageSendFacebookTemplate,
			messageSendBulk,
			messageSendMedia,
			messageSendMediaTemplateHsm,
			messageSendBulkHsm,
			messageSendText,
			messageSendWhatsAppTemplate,
		],
		'sendText',
	),
	// Every operation on a conversation's messages names the conversation the same way.
	conversationLocator({
		resource: ['message'],
		operation: ['getAll', 'sendText', 'sendFacebookTemplate', 'sendWhatsAppTemplate', 'sendMedia', 'sendBulk'],
	}),
	...messageGetAllDescription,
	...messageSendTextDescription,
	...messageSendFacebookTemplateDescription,
	...messageSendWhatsAppTemplateDescription,
	...messageSendMediaDescription,
	...messageSendBulkDescription,
	...messageSendBulkHsmDescription,
	...messageSendMediaTemplateHsmDescription,
];
