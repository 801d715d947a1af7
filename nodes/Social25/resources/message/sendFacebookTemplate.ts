import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { FacebookTemplateElement, FacebookTemplateRequest } from '../../../../schemas/social25/types.generated';
import { fieldError } from '../../../shared/validation';
import { MESSAGES_URL } from './url';
import { social25SentSummary } from '../../shared/sent';

const show = { resource: ['message'], operation: ['sendFacebookTemplate'] };

export const messageSendFacebookTemplateDescription: INodeProperties[] = [
	{
		displayName: 'Cards',
		name: 'elements',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		placeholder: 'Add Card',
		description: 'The cards of the generic template (up to 10), shown as a carousel',
		displayOptions: { show },
		options: [
			{
				displayName: 'Card',
				name: 'element',
				values: [
					{
						displayName: 'Buttons',
						name: 'buttons',
						type: 'fixedCollection',
						typeOptions: { multipleValues: true },
						default: {},
						placeholder: 'Add Button',
						description: 'Up to 3 buttons; pressing one posts its payload back to Social25',
						options: [
							{
								displayName: 'Button',
								name: 'button',
								values: [
									{ displayName: 'Title', name: 'title', type: 'string', default: '' },
									{ displayName: 'Payload', name: 'payload', type: 'string', default: '', description: 'What your bot receives when the button is pressed' },
								],
							},
						],
					},
					{ displayName: 'Image URL', name: 'imageUrl', type: 'string', default: '', placeholder: 'https://example.com/image.jpg' },
					{ displayName: 'Link URL', name: 'defaultActionUrl', type: 'string', default: '', description: 'Opened when the card is tapped' },
					{ displayName: 'Subtitle', name: 'subtitle', type: 'string', default: '' },
					{ displayName: 'Title', name: 'title', type: 'string', default: '', required: true },
				],
			},
		],
	},
];

export async function prepareSendFacebookTemplate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const cards = ((this.getNodeParameter('elements', {}) as IDataObject).element as IDataObject[] | undefined) ?? [];
	if (cards.length === 0) throw fieldError(this, '"Cards"', 'has no card');
	const elements = cards.map((card, index): FacebookTemplateElement => {
		const title = String(card.title ?? '').trim();
		if (!title) throw fieldError(this, `"Cards" card ${index + 1} "Title"`, 'is empty');
		const element: FacebookTemplateElement = { title };
		if (card.subtitle) element.subtitle = String(card.subtitle);
		if (card.imageUrl) element.image_url = String(card.imageUrl);
		if (card.defaultActionUrl) element.default_action = { type: 'web_url', url: String(card.defaultActionUrl), webview_height_ratio: 'tall' };
		const buttons = (((card.buttons as IDataObject | undefined)?.button as IDataObject[] | undefined) ?? []).filter((b) => b.title);
		if (buttons.length > 3) throw fieldError(this, `"Cards" card ${index + 1} "Buttons"`, 'has more than 3 buttons');
		if (buttons.length) element.buttons = buttons.map((b) => ({ type: 'postback', title: String(b.title), payload: String(b.payload ?? '') }));
		return element;
	});
	const body: FacebookTemplateRequest = {
		type: 'template',
		attachment: { type: 'template', payload: { template_type: 'generic', elements } },
	};
	requestOptions.body = body;
	return requestOptions;
}

export const messageSendFacebookTemplate: INodePropertyOptions = {
	name: 'Send Facebook Template',
	value: 'sendFacebookTemplate',
	action: 'Send a Facebook template',
	description: 'Send a Messenger generic template (cards with an image, a link and buttons)',
	routing: { request: { method: 'POST', url: MESSAGES_URL }, send: { preSend: [prepareSendFacebookTemplate] }, output: { postReceive: [social25SentSummary] } },
};
