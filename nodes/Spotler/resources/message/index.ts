import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../shared/descriptions';
import { operation } from '../../shared/routing';
import { messageSendDescription, prepareMessageSend } from './send';

export const messageDescription: INodeProperties[] = [
	operationSelector(
		'message',
		[
			operation({
				name: 'Send',
				value: 'send',
				action: 'Send a message',
				description: 'Send a text, media, location, contact, template or interactive message to a contact',
				method: 'POST',
				path: '/channels/{channel}/messages/{contact}',
				preSend: [prepareMessageSend],
			}),
		],
		'send',
	),
	...messageSendDescription,
];
