import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { fieldError } from '../../shared/validation';
import { tenantIdOf } from './tenant';

/** Placeholders operations put in their URL, and the parameter (and its label) each comes from. */
const PLACEHOLDERS: Record<string, { parameter: string; label: string }> = {
	tenantId: { parameter: 'tenant', label: 'Tenant' },
	conversationId: { parameter: 'conversationId', label: 'Conversation' },
	agentId: { parameter: 'agentId', label: 'Agent' },
	userId: { parameter: 'userId', label: 'User ID' },
};

function parameterValue(ctx: IExecuteSingleFunctions, name: string): string {
	return String(ctx.getNodeParameter(name, '', { extractValue: true }) ?? '').trim();
}

/**
 * Fills the `{tenantId}`-style placeholders of an operation's URL from its parameters (the
 * tenant falls back to the credential's), encoded, and fails the item when one is empty.
 * Installed on the Resource property, so it runs for every operation before its own preSend.
 */
export async function resolvePath(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const url = requestOptions.url ?? '';
	const names = [...url.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
	let resolved = url;
	for (const name of names) {
		const { parameter, label } = PLACEHOLDERS[name];
		const value =
			name === 'tenantId'
				? await tenantIdOf(parameterValue(this, parameter), async (type) => await this.getCredentials(type))
				: parameterValue(this, parameter);
		if (value === '') {
			throw fieldError(this, `"${label}"`, name === 'tenantId' ? 'is empty and the credential has no tenant ID' : 'is empty');
		}
		resolved = resolved.replace(`{${name}}`, encodeURIComponent(value));
	}
	requestOptions.url = resolved;
	return requestOptions;
}
