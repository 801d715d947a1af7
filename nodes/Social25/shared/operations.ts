import { operationKit } from '../../shared/operations';
import { fieldError } from '../../shared/validation';
import { tenantIdOf } from './tenant';

/** Social25's path placeholders; every path starts with the tenant, which falls back to the credential's. */
export const { operation, resolvePath } = operationKit({
	tenantId: {
		label: 'Tenant',
		parameter: 'tenant',
		async resolve(ctx, text) {
			const tenantId = await tenantIdOf(text, async (type) => await ctx.getCredentials(type));
			if (tenantId === '') throw fieldError(ctx, '"Tenant"', 'is empty and the credential has no tenant ID');
			return tenantId;
		},
	},
	conversationId: { label: 'Conversation' },
	agentId: { label: 'Agent' },
	userId: { label: 'User ID' },
});
