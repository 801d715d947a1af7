import type { INodeProperties } from 'n8n-workflow';

import { chatLocator, showFor } from '../../shared/descriptions';

export const personGetDescription: INodeProperties[] = [
	{ ...chatLocator, displayName: 'Person', description: 'The person\'s WhatsApp number (wa_id)', displayOptions: showFor('person', ['get']) },
];
