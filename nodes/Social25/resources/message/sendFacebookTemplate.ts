import type { IDataObject } from 'n8n-workflow';

import type { FacebookTemplateElement, FacebookTemplateRequest } from '../../../../schemas/social25/types.generated';
import { forOperation } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { facebookTemplateMessage } from '../../shared/messages';
import { operation } from '../../shared/operations';
import { social25SentSummary } from '../../shared/sent';

export const messageSendFacebookTemplateFields = forOperation('message', 'sendFacebookTemplate', [
	{
		displayName: 'Cards',
		name: 'elements',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		placeholder: 'Add Card',
		description: 'The cards of the generic template (up to 10), shown as a carousel',
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
]);

export const messageSendFacebookTemplate = operation<FacebookTemplateRequest>({
	name: 'Send Facebook Template',
	value: 'sendFacebookTemplate',
	action: 'Send a Facebook template',
	description: 'Send a Messenger generic template (cards with an image, a link and buttons)',
	method: 'POST',
	path: '/tenants/{tenantId}/conversations/{conversationId}/messages/',
	body() {
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
		return facebookTemplateMessage(elements);
	},
	output: [social25SentSummary],
});
