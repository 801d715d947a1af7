import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData, type INodePropertyOptions } from 'n8n-workflow';

import type { ContactInfoUpdate, CustomerLabel } from '../../../../schemas/mehery/types.generated';
import { collection, emailField, forOperation } from '../../../shared/operations';

/** Makes no request, so it has no routing: the node's customOperations run buildContactInfoAnswer below. */
export const contactBuildContactInfoAnswer: INodePropertyOptions = {
	name: 'Build Contact Info Answer',
	value: 'buildContactInfoAnswer',
	action: 'Build a contact info answer',
	description: "Shape the answer to Mehery's contact-info request (last node after the Mehery Contact Info Trigger)",
};

export const contactBuildContactInfoAnswerFields = forOperation('contact', 'buildContactInfoAnswer', [
	{
		displayName: 'Makes no request: use it as the last node of a workflow started by the Mehery Contact Info Trigger. Its output is the answer Mehery receives; empty fields are left out (unchanged).',
		name: 'contactInfoNotice',
		type: 'notice',
		default: '',
	},
	collection('Contact Details', 'details', 'Add Detail', [
		emailField({ description: 'The e-mail address, if it should change' }),
		{ displayName: 'Mobile', name: 'mobile', type: 'string', default: '', placeholder: '919988776655', description: 'The mobile number, if it should change' },
		{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'The name, if it should change' },
		{ displayName: 'Profile ID', name: 'profileId', type: 'string', default: '', placeholder: 'C34567', description: 'Your own ID for the contact (e.g. from your CRM)' },
	]),
	{
		displayName: 'Labels',
		name: 'labels',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Label',
		default: {},
		description: 'Extra labels shown with the contact, e.g. Customer Type = Platinum',
		options: [
			{
				displayName: 'Label',
				name: 'label',
				values: [
					{ displayName: 'Key', name: 'key', type: 'string', default: '', placeholder: 'CUSTOMER_TYPE', description: 'Unique label type (required)' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'Platinum' },
					{ displayName: 'Display Name', name: 'name', type: 'string', default: '', placeholder: 'Customer Type', description: 'Labels with the same name are grouped; the key is used when empty' },
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						default: 'TEXT',
						options: [
							{ name: 'Date', value: 'DATE' },
							{ name: 'List', value: 'LIST' },
							{ name: 'Number', value: 'NUMBER' },
							{ name: 'Text', value: 'TEXT' },
						],
					},
				],
			},
		],
	},
]);

/** One ContactInfoUpdate per input item (no request: Mehery reads it from the trigger's response). */
export async function buildContactInfoAnswer(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const out: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const details = this.getNodeParameter('details', itemIndex, {}) as Record<string, string>;
			const answer: ContactInfoUpdate = {};
			for (const key of ['name', 'email', 'mobile', 'profileId'] as const) {
				const value = String(details[key] ?? '').trim();
				if (value) answer[key] = value;
			}
			const rows = (this.getNodeParameter('labels.label', itemIndex, []) as Array<Record<string, string>>) ?? [];
			const labels: CustomerLabel[] = rows.map((row, i) => {
				const key = String(row.key ?? '').trim();
				if (!key) throw new NodeOperationError(this.getNode(), `"Labels" label ${i + 1} needs a Key (item ${itemIndex})`, { itemIndex });
				const label: CustomerLabel = { key, value: row.value ?? '', type: (row.type || 'TEXT') as CustomerLabel['type'] };
				if (String(row.name ?? '').trim()) label.name = row.name.trim();
				if (label.type === 'DATE') label.format = 'MM/DD/YY';
				return label;
			});
			if (labels.length) answer.labels = labels;
			out.push({ json: answer as INodeExecutionData['json'], pairedItem: { item: itemIndex } });
		} catch (error) {
			if (!this.continueOnFail()) {
				throw error instanceof NodeOperationError ? error : new NodeOperationError(this.getNode(), error as Error, { itemIndex });
			}
			out.push({ json: { error: (error as Error).message }, pairedItem: { item: itemIndex } });
		}
	}
	return [out];
}
