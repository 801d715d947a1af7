import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { idParameter } from '../../shared/parameters';

/** /searches/{searchId}/cases/{caseId} (catalogue Appendix A.2, external). */
export function casePath(ctx: IExecuteSingleFunctions): string {
	return `/searches/${idParameter(ctx, 'searchId', 'Search Profile')}/cases/${idParameter(ctx, 'caseId', 'Case ID')}`;
}
