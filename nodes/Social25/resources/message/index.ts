import type { INodeProperties } from 'n8n-workflow';

import { forOperation, operationSelector } from '../../../shared/operations';
import { conversationLocator } from '../../shared/descriptions';
import { messageGetAll, messageGetAllFields } from './getAll';
import { messageSendBulk, messageSendBulkFields } from './sendBulk';
import { messageSendBulkHsm, messageSendBulkHsmFields } from './sendBulkHsm';
import { messageSendFacebookTemplate, messageSendFacebookTemplateFields } from './sendFacebookTemplate';
import { messageSendMedia, messageSendMediaFields } from './sendMedia';
import { messageSendMediaTemplateHsm, messageSendMediaTemplateHsmFields } from './sendMediaTemplateHsm';
import { messageSendText, messageSendTextFields } from './sendText';
import { messageSendWhatsAppTemplate, messageSendWhatsAppTemplateFields } from './sendWhatsAppTemplate';

export const messageDescription: INodeProperties[] = [
	operationSelector(
		'message',
		[messageGetAll, messageSendFacebookTemplate, messageSendBulk, messageSendMedia, messageSendMediaTemplateHsm, messageSendBulkHsm, messageSendText, messageSendWhatsAppTemplate],
		'sendText',
	),
	// Every operation on a conversation's messages names the conversation the same way.
	...forOperation('message', ['getAll', 'sendText', 'sendFacebookTemplate', 'sendWhatsAppTemplate', 'sendMedia', 'sendBulk'], [conversationLocator()]),
	...messageGetAllFields,
	...messageSendTextFields,
	...messageSendFacebookTemplateFields,
	...messageSendWhatsAppTemplateFields,
	...messageSendMediaFields,
	...messageSendBulkFields,
	...messageSendBulkHsmFields,
	...messageSendMediaTemplateHsmFields,
];
