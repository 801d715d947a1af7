import type { INodeProperties } from 'n8n-workflow';

import { chatLocator, showFor } from '../../shared/descriptions';

/** Also used by Get Assignment and the assignment writes. */
export const chatGetDescription: INodeProperties[] = [
	{ ...chatLocator, displayOptions: showFor('chat', ['get', 'getAssignment', 'setAssignment', 'updateAssignment']) },
];
