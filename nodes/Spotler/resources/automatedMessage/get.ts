import { forOperation } from '../../../shared/operations';
import { automatedMessageTypeField, channelLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const automatedMessageGet = operation({
	name: 'Get',
	value: 'get',
	action: 'Get an automated message',
	description: 'Read the greeting or away message of a channel',
	method: 'GET',
	path: '/channels/{channel}/automated-messages/{automatedMessageType}',
});

export const automatedMessageGetFields = forOperation('automatedMessage', 'get', [channelLocator, automatedMessageTypeField]);
