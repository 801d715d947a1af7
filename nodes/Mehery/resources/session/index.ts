import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { sessionClose, sessionCloseFields } from './close';
import { sessionGetMessages, sessionGetMessagesFields } from './getMessages';
import { sessionResolve, sessionResolveFields } from './resolve';
import { sessionRoute, sessionRouteFields } from './route';

export const sessionDescription: INodeProperties[] = [
	operationSelector('session', [sessionClose, sessionGetMessages, sessionResolve, sessionRoute], 'close'),
	...sessionCloseFields,
	...sessionGetMessagesFields,
	...sessionResolveFields,
	...sessionRouteFields,
];
