import { operation } from '../../shared/operations';

export const apiKeyGetCurrent = operation({
	name: 'Get Current',
	value: 'getCurrent',
	action: 'Get the current API key',
	description: 'Read the key this credential uses: its scope, channels and IP whitelist',
	method: 'GET',
	path: '/keys/current',
});
