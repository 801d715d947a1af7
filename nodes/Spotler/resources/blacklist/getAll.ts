import { forOperation, listOutput, returnAllAndLimit } from '../../../shared/operations';
import { channelLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const blacklistGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get blocked contacts',
	description: 'List the blocked contacts of a channel',
	method: 'GET',
	path: '/channels/{channel}/contacts/blacklist',
	// The API answers plain JIDs; items need objects.
	output: [listOutput({ toItem: (jid) => ({ jid: jid as string }) })],
});

export const blacklistGetAllFields = forOperation('blacklist', 'getAll', [channelLocator, ...returnAllAndLimit({})]);
