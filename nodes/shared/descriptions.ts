import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/**
 * "Return All" and "Limit" for an operation that lists things. A provider's paginate function
 * reads them; with `cutList` (for APIs that return whole lists), routing itself keeps only the
 * first Limit results.
 */
export function returnAllAndLimit(show: Record<string, string[]>, options: { cutList?: boolean } = {}): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { ...show, returnAll: [false] } },
			...(options.cutList ? { routing: { output: { postReceive: [{ type: 'limit', properties: { maxResults: '={{$value}}' } }] } } } : {}),
		},
	];
}

/**
 * A resource's "Operation" selector. The node creator lists actions in this order, so the default
 * (the most used) comes first, the rest by name, and deprecated ones last.
 */
export function operationSelector(resource: string, options: INodePropertyOptions[], defaultOperation: string): INodeProperties {
	const rank = (o: INodePropertyOptions) => (o.value === defaultOperation ? 0 : o.name.endsWith('(Deprecated)') ? 2 : 1);
	const sorted = [...options].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: sorted,
		default: defaultOperation,
	};
}
