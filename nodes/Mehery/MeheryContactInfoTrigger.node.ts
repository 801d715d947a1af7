import type { IDataObject, IHookFunctions, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { triggerNodeDescription } from '../shared/trigger-node';
import { checkedUnregisteredWebhookMethods } from '../shared/unregistered-webhook';
import { requireVerifyToken, verifyDelivery } from './shared/verify-token';

/**
 * Mehery asks for a contact's details (InBoundContact) and takes the answer (ContactInfoUpdate)
 * from the response, so the workflow runs first and its last node's output is the answer.
 */
export class MeheryContactInfoTrigger implements INodeType {
	description: INodeTypeDescription = {
		...triggerNodeDescription({
			displayName: 'Mehery Contact Info Trigger',
			name: 'meheryContactInfoTrigger',
			description: "Answers Mehery's contact-information requests (for WhatsApp, SMS and its other channels) with the details your workflow looks up",
			version: 1,
			credentialType: 'meheryApi',
			webhook: { responseMode: 'lastNode', responseData: 'firstEntryJson', path: 'contact-info' },
			properties: [
				{
					displayName:
						"Enter this trigger's production URL as the contact-information URL in your Mehery console (the API has no call for it). The first item of the workflow's last node is the answer: give it any of name, email, mobile, profileId and labels (a list of {key, value, name, type}).",
					name: 'notice',
					type: 'notice',
					default: '',
				},
			],
		}),
		// n8n's scanner reads these only from the class's own literal.
		icon: { light: 'file:mehery.svg', dark: 'file:mehery.dark.svg' },
		subtitle: 'On contact-info request',
	};

	/**
	 * Mehery has no API call for the contact-info URL (it is entered in the console): nothing to
	 * register. Activation only checks the verify token, without which every request is refused.
	 */
	webhookMethods = checkedUnregisteredWebhookMethods(async function checkExists(this: IHookFunctions): Promise<boolean> {
		await requireVerifyToken(this, "Mehery sends it with every request; without it the trigger cannot tell Mehery's requests from forged ones and refuses them all.");
		return true;
	});

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		if (!(await verifyDelivery(this))) return { noWebhookResponse: true };
		const contact = this.getBodyData() as IDataObject;
		return { workflowData: [this.helpers.returnJsonArray([contact])] };
	}
}
