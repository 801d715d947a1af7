import type { IDataObject } from 'n8n-workflow';

import { forOperation, listOutput, returnAllAndLimit } from '../../../shared/operations';
import { channelLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const templateGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many templates',
	description: 'List the WhatsApp templates of a channel with their translations and review status',
	method: 'GET',
	path: '/channels/{channel}/templates',
	// One item per template, each carrying the channel's template namespace.
	output: [listOutput({ root: 'templates', toItem: (template, body) => ({ ...(template as IDataObject), namespace: body.namespace }) })],
});

export const templateGetAllFields = forOperation('template', 'getAll', [channelLocator, ...returnAllAndLimit({})]);
