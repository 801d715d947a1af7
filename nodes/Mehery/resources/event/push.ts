import type { IExecuteSingleFunctions } from 'n8n-workflow';

import type { DigitalEventDto } from '../../../../schemas/mehery/types.generated';
import { forOperation } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { meheryData } from '../../shared/envelope';
import { linksField, readLinks } from '../../shared/links';
import { operation } from '../../shared/operations';

function eventPushBody(this: IExecuteSingleFunctions): DigitalEventDto {
	const eventName = String(this.getNodeParameter('eventName', '') ?? '').trim();
	const id = String(this.getNodeParameter('eventId', '') ?? '').trim();
	if (!eventName) throw fieldError(this, '"Event Name"', 'is empty');
	if (!id) throw fieldError(this, '"Event ID"', 'is empty');
	return { eventName, id, links: readLinks(this) };
}

export const eventPush = operation<DigitalEventDto>({
	name: 'Push',
	value: 'push',
	action: 'Push a customer event',
	description: 'Upload a customer event for digital analytics',
	method: 'POST',
	path: '/api/v1/event/push',
	body: eventPushBody,
	output: [meheryData],
});

export const eventPushFields = forOperation('event', 'push', [
	{
		displayName: 'Event Name',
		name: 'eventName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'CUSTOMER_CREATED',
		description: 'The event name and action',
	},
	{
		displayName: 'Event ID',
		name: 'eventId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '1234567',
		description: 'Your unique ID for this event',
	},
	linksField,
]);
