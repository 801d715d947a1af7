import { forOperation, successOutput } from '../../../shared/operations';
import { companyLocator, labelLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const labelDelete = operation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a label',
	description: 'Delete a label; it is removed from every conversation',
	method: 'DELETE',
	path: '/companies/{company}/labels/{label}',
	output: [successOutput()],
});

export const labelDeleteFields = forOperation('label', 'delete', [companyLocator, labelLocator]);
