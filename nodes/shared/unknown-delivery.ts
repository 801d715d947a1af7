import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

/** The event name of items made from deliveries this package cannot read. */
export const UNKNOWN_EVENT = 'unknown';

/**
 * The item for a delivery (or one element of it) whose shape the trigger does not recognise.
 * Such deliveries are passed on rather than dropped, so a payload the provider's document does
 * not describe (or a change on the provider's side) never stops a workflow silently:
 * `body` is what was not understood, `rawBody` the delivery's text exactly as it arrived.
 */
export function unknownDeliveryItem(ctx: IWebhookFunctions, body: unknown): IDataObject {
	const raw = (ctx.getRequestObject() as { rawBody?: Buffer | string }).rawBody;
	const rawBody = raw === undefined ? JSON.stringify(body ?? null) : Buffer.isBuffer(raw) ? raw.toString('utf8') : String(raw);
	return { event: UNKNOWN_EVENT, body: (body ?? null) as IDataObject, rawBody };
}
