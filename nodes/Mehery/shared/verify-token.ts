import { NodeOperationError, type IHookFunctions, type IWebhookFunctions } from 'n8n-workflow';

import { secretsMatch } from '../../shared/webhook-secret';

/** Mehery sends the account's callback verification token with every push. */
export const VERIFY_TOKEN_HEADER = 'x-verify-token';

/**
 * True when the delivery carries the credential's verify token. Otherwise answers 401 itself,
 * so the caller only has to stop.
 */
export async function verifyDelivery(ctx: IWebhookFunctions): Promise<boolean> {
	const { verifyToken } = await ctx.getCredentials<{ verifyToken?: string }>('meheryApi');
	const headers = ctx.getHeaderData() as Record<string, unknown>;
	if (secretsMatch(verifyToken || undefined, headers[VERIFY_TOKEN_HEADER])) return true;
	ctx.getResponseObject().status(401).json({ status: 401, statusKey: 'UNAUTHORIZED', message: 'Missing or wrong x-verify-token' });
	return false;
}

/** Activation fails without the credential's verify token: no delivery could be told from a forged one. */
export async function requireVerifyToken(ctx: IHookFunctions, description: string): Promise<void> {
	const { verifyToken } = await ctx.getCredentials<{ verifyToken?: string }>('meheryApi');
	if (!verifyToken) throw new NodeOperationError(ctx.getNode(), 'Set the Webhook Verify Token in the Mehery credential', { description });
}
