import { operationKit } from '../../shared/operations';

/**
 * Mehery's paths have no placeholders: every id it needs (session, contact, channel) travels in
 * the body or the query string, so the placeholder table is empty.
 */
export const { operation } = operationKit({});
