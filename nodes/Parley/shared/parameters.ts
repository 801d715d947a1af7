import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { fieldError } from '../../shared/validation';

/** A whole-number id parameter (result, case, handler), checked per item before any request. */
export function idParameter(ctx: IExecuteSingleFunctions, name: string, label: string): string {
	const value = String(ctx.getNodeParameter(name, '', { extractValue: true }) ?? '').trim();
	if (value === '') throw fieldError(ctx, `"${label}"`, 'is empty');
	if (!/^\d+$/.test(value)) throw fieldError(ctx, `"${label}"`, `"${value}" is not an ID (a whole number)`);
	return value;
}
