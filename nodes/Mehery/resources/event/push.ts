import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import type { DigitalEventDto } from '../../../../schemas/mehery/types.generated';
import { fieldError } from '../../../shared/validation';
import { linksField, readLinks } from '../../shared/links';

const showOnlyForEventPush = { operation: ['push'], resource: ['event'] };

export const eventPushDescription: INodeProperties[] = [
	{
		displayName: 'Event Name',
		name: 'eventName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'CUSTOMER_CREATED',
		description: 'The event name and action',
		displayOptions: { show: showOnlyForEventPush },
	},
	{
		displayName: 'Event ID',
		name: 'eventId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '1234567',
		description: 'Your unique ID for this event',
		displayOptions: { show: showOnlyForEventPush },
	},
	{ ...linksField, displayOptions: { show: showOnlyForEventPush } },
];

export async function prepareEventPush(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const eventName = String(this.getNodeParameter('eventName', '') ?? '').trim();
	const id = String(this.getNodeParameter('eventId', '') ?? '').trim();
	if (!eventName) throw fieldError(this, '"Event Name"', 'is empty');
	if (!id) throw fieldError(this, '"Event ID"', 'is empty');
	const body: DigitalEventDto = { eventName, id, links: readLinks(this) };
	requestOptions.body = body;
	return requestOptions;
}
