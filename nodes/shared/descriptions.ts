import type { INodeProperties, INodePropertyMode, INodePropertyOptions } from 'n8n-workflow';

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

/** The Resource or an Operation selector: a list of options, one of them the default. */
function selector(name: 'resource' | 'operation', options: INodePropertyOptions[], defaultValue: string, show?: Record<string, string[]>): INodeProperties {
	return {
		displayName: name === 'resource' ? 'Resource' : 'Operation',
		name,
		type: 'options',
		noDataExpression: true,
		...(show ? { displayOptions: { show } } : {}),
		options,
		default: defaultValue,
	};
}

/**
 * An action node's "Resource" selector. `options` are listed by name, as n8n's verification
 * requires; the default is the most used resource.
 */
export function resourceSelector(options: INodePropertyOptions[], defaultResource: string): INodeProperties {
	return selector('resource', options, defaultResource);
}

/**
 * A resource's "Operation" selector. The node creator lists actions in this order, so the default
 * (the most used) comes first, the rest by name, and deprecated ones last.
 */
export function operationSelector(resource: string, options: INodePropertyOptions[], defaultOperation: string): INodeProperties {
	const rank = (o: INodePropertyOptions) => (o.value === defaultOperation ? 0 : o.name.endsWith('(Deprecated)') ? 2 : 1);
	const sorted = [...options].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
	return selector('operation', sorted, defaultOperation, { resource: [resource] });
}

/**
 * A "collection" parameter ("Additional Fields", "Options", "Filters", "Update Fields"): optional
 * fields the user adds one by one. `extra` takes what some add (a description, displayOptions).
 */
export function collection(
	displayName: string,
	name: string,
	placeholder: string,
	options: NonNullable<INodeProperties['options']>,
	extra: Pick<INodeProperties, 'description' | 'displayOptions' | 'hint'> = {},
): INodeProperties {
	return { displayName, name, type: 'collection', placeholder, default: {}, ...extra, options };
}

/** An "Email" field; `extra` adds what the operation needs (required, description, routing). */
export function emailField(extra: Partial<INodeProperties> = {}): INodeProperties {
	return { displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', ...extra };
}

/** The "Input Binary Field" of an operation that sends the input item's file; `hint` says which file. */
export function inputBinaryField(hint: string): INodeProperties {
	return { displayName: 'Input Binary Field', name: 'binaryPropertyName', type: 'string', default: 'data', required: true, hint };
}

/** A required, multi-line "Text" field; `extra` adds displayOptions or routing. */
export function textField(description: string, extra: Partial<INodeProperties> = {}): INodeProperties {
	return { displayName: 'Text', name: 'text', type: 'string', default: '', required: true, typeOptions: { rows: 3 }, description, ...extra };
}

/**
 * A picker of something the provider lists: "From List" (searched through the node's listSearch
 * method) first, then the modes for a typed or pasted value (an ID, a name...), which expressions use.
 */
export function pickerLocator(spec: { displayName: string; name: string; description: string; searchListMethod: string; required?: boolean; modes: INodePropertyMode[] }): INodeProperties {
	return {
		displayName: spec.displayName,
		name: spec.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: spec.required ?? true,
		description: spec.description,
		modes: [{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: spec.searchListMethod, searchable: true } }, ...spec.modes],
	};
}
