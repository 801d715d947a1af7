import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { messageGetMany, messageGetManyFields } from './getMany';
import { messageChatFields, messageMarkAsReceived, messageMarkAsReceivedFields } from './markAsReceived';
import { messageSend, messageSendFields } from './send';

export const messageDescription: INodeProperties[] = [
	operationSelector('message', [messageSend, messageGetMany, messageMarkAsReceived], 'send'),
	...messageChatFields,
	...messageSendFields,
	...messageMarkAsReceivedFields,
	...messageGetManyFields,
];
