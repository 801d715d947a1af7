import type { INodeProperties } from 'n8n-workflow';

import { forOperation, operationSelector } from '../../../shared/operations';
import { resultIdField } from '../../shared/descriptions';
import { resultGet } from './get';
import { resultGetWithoutContext } from './getWithoutContext';
import { resultReply, resultReplyFields } from './reply';
import { resultSearch, resultSearchFields } from './search';
import { resultSendEvent, resultSendEventFields } from './sendEvent';

export const resultDescription: INodeProperties[] = [
	// Reply, the most used, leads the list; Search stays the default saved workflows were made with.
	{ ...operationSelector('result', [resultReply, resultGet, resultGetWithoutContext, resultSearch, resultSendEvent], 'reply'), default: 'search' },
	...forOperation('result', ['get', 'getWithoutContext', 'reply', 'sendEvent'], [resultIdField]),
	...resultSearchFields,
	...forOperation(
		'result',
		['getWithoutContext', 'search'],
		[
			{
				displayName: 'Simplify',
				name: 'simplify',
				type: 'boolean',
				default: false,
				description: 'Whether to output the common message shape shared by every provider of this package (the result stays under "raw"), instead of Parley\'s result as is',
			},
		],
	),
	...resultReplyFields,
	...resultSendEventFields,
];
