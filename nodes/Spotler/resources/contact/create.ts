import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { collection, forOperation, toBody } from '../../../shared/operations';
import { channelLocator, contactField } from '../../shared/descriptions';
import { channelJidOf, contactJidOf, operation } from '../../shared/operations';

/** The new contact's JID goes in the body, built from a phone number or id like everywhere else. */
async function contactJidToBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const jid = contactJidOf(this, channelJidOf(this));
	requestOptions.body = { jid, ...(requestOptions.body as IDataObject | undefined) };
	return requestOptions;
}

export const contactCreate = operation({
	name: 'Create',
	value: 'create',
	action: 'Create a contact',
	description: 'Add a contact to a channel',
	method: 'POST',
	path: '/channels/{channel}/contacts',
	preSend: [contactJidToBody],
});

export const contactCreateFields = forOperation('contact', 'create', [
	channelLocator,
	contactField,
	collection('Additional Fields', 'additionalFields', 'Add Field', [
		{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'John Doe', routing: toBody('name') },
		{
			displayName: 'Reference',
			name: 'reference',
			type: 'string',
			default: '',
			placeholder: 'Customer #545',
			description: 'Your own ID for the contact, e.g. a CRM number',
			routing: toBody('reference'),
		},
		{ displayName: 'Remarks', name: 'remarks', type: 'string', default: '', placeholder: 'VIP', routing: toBody('remarks') },
	]),
]);
