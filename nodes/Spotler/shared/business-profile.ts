import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import type { BusinessProfile, ProfileUpdateRequest } from '../../../schemas/spotler/types.generated';
import { checkLength } from '../../shared/limits';
import { emailField } from '../../shared/operations';
import { fieldError } from '../../shared/validation';
import { SPOTLER_LIMITS } from './limits';

/** The business profile fields, flat, so nobody types nested JSON. */
export const businessProfileOptions: INodeProperties[] = [
	{ displayName: 'About', name: 'about', type: 'string', default: '', description: 'The status line under the name (at most 139 characters)' },
	{ displayName: 'Address', name: 'address', type: 'string', default: '' },
	{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 2 }, default: '' },
	emailField(),
	{ displayName: 'Vertical', name: 'vertical', type: 'string', default: '', placeholder: 'Retail', description: 'The industry of the business' },
	{ displayName: 'Websites', name: 'websites', type: 'string', default: '', placeholder: 'https://example.com, https://shop.example.com', description: 'Up to two addresses, comma-separated' },
];

const BUSINESS_FIELDS = ['address', 'description', 'email', 'vertical'] as const;

/**
 * Builds {about, businessProfile} from the flat fields of the collection `parameter`. Replacing
 * the profile takes "About" from its own required field (`aboutParameter`).
 */
export function profileBody(parameter: string, aboutParameter?: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const values = this.getNodeParameter(parameter, {}) as IDataObject;
		const businessProfile: BusinessProfile = {};
		for (const field of BUSINESS_FIELDS) if (values[field] !== undefined) businessProfile[field] = String(values[field]);
		if (values.websites !== undefined) {
			businessProfile.websites = String(values.websites)
				.split(',')
				.map((w) => w.trim())
				.filter(Boolean);
		}
		const body: ProfileUpdateRequest = {};
		const replacing = aboutParameter !== undefined;
		const about = String((replacing ? this.getNodeParameter(aboutParameter, '') : values.about) ?? '');
		checkLength(this, 'About', about, SPOTLER_LIMITS.about);
		if (about.trim() !== '') body.about = about;
		else if (replacing) throw fieldError(this, '"About"', 'is empty');
		if (Object.keys(businessProfile).length > 0 || replacing) body.businessProfile = businessProfile;
		if (Object.keys(body).length === 0) throw fieldError(this, '"Update Fields"', 'is empty: choose what to change');
		requestOptions.body = body;
		return requestOptions;
	};
}
