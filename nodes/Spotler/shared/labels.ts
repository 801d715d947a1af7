import type { ILoadOptionsFunctions } from 'n8n-workflow';

import type { Label } from '../../../schemas/spotler/types.generated';
import { pickerCompanyId } from './pickers';
import { spotlerApiRequest } from './transport';

/** The labels of the company chosen on the node (both label pickers list them). */
export async function companyLabels(ctx: ILoadOptionsFunctions): Promise<Label[]> {
	const companyId = await pickerCompanyId(ctx);
	return (await spotlerApiRequest.call(ctx, 'GET', `/companies/${encodeURIComponent(companyId)}/labels`)) as Label[];
}
