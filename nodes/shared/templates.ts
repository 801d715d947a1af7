import type {
	IExecuteSingleFunctions,
	INodeProperties,
	INodePropertyOptions,
	ResourceMapperField,
	ResourceMapperFields,
} from 'n8n-workflow';

import { fieldError } from './validation';

/**
 * WhatsApp templates as every provider lists them, reduced to what the editor shows and what a
 * send is checked against: one language version of one template.
 */
export interface TemplateVersion {
	name: string;
	language: string;
	/** The provider's review status, any case ("APPROVED", "approved", "Pending"...). */
	status: string;
	/** The body text with its {{1}}, {{2}} placeholders. */
	text: string;
	/** The template's own example values for {{1}}, {{2}}, ... where the provider keeps them. */
	examples?: string[];
}

const PLACEHOLDER = /\{\{\s*(\d+)\s*\}\}/g;

/** The positions the body uses, in order ({{1}}, {{2}}...), each once. */
export function placeholderPositions(text: string): number[] {
	const positions = new Set<number>();
	for (const match of text.matchAll(PLACEHOLDER)) positions.add(Number(match[1]));
	return [...positions].sort((a, b) => a - b);
}

/** How many values a send needs: the highest position, as WhatsApp counts {{1}}..{{n}}. */
export function placeholderCount(text: string): number {
	return Math.max(0, ...placeholderPositions(text));
}

export const statusOf = (version: TemplateVersion) => version.status.trim().toLowerCase();

/** WhatsApp sends only approved templates; every other status (pending, rejected, paused...) is refused. */
export const isSendable = (version: TemplateVersion) => statusOf(version) === 'approved';

/** A picker label: "hello (en: rejected)", or with several languages "delivery_notification (en: approved, nl: approved)". */
export function templateLabel(name: string, versions: TemplateVersion[]): string {
	return `${name} (${versions.map((v) => `${v.language}: ${statusOf(v)}`).join(', ')})`;
}

/** A language option of the picked template, its status in the name so a rejected one is seen before sending. */
export function languageOption(version: TemplateVersion): INodePropertyOptions {
	const status = statusOf(version);
	return {
		name: isSendable(version) ? version.language : `${version.language} (${status}: cannot be sent)`,
		value: version.language,
		description: version.text,
	};
}

/** The words around a placeholder, for templates without example values: "Hi {{1}}, your order…". */
function surroundings(text: string, position: number): string {
	const words = text.split(/\s+/);
	const at = words.findIndex((w) => new RegExp(`\\{\\{\\s*${position}\\s*\\}\\}`).test(w));
	if (at === -1) return '';
	const start = Math.max(0, at - 3);
	const end = Math.min(words.length, at + 4);
	return `${start > 0 ? '…' : ''}${words.slice(start, end).join(' ')}${end < words.length ? '…' : ''}`;
}

/** `{{1}} — e.g. "John"`, or `{{1}} — in "Hi {{1}}, your order…"` when the template has no examples. */
export function describeVariable(version: TemplateVersion, position: number): string {
	const example = version.examples?.[position - 1];
	if (example) return `{{${position}}} — e.g. "${example}"`;
	const context = surroundings(version.text, position);
	return context ? `{{${position}}} — in "${context}"` : `{{${position}}}`;
}

/** The resource mapper's fields: one required text per position, labelled with its example. */
export function variableFields(version: TemplateVersion | undefined): ResourceMapperFields {
	if (!version) return { fields: [], emptyFieldsNotice: 'Pick a template and a language first' };
	const count = placeholderCount(version.text);
	const fields: ResourceMapperField[] = Array.from({ length: count }, (_, i) => ({
		id: String(i + 1),
		displayName: describeVariable(version, i + 1),
		required: true,
		defaultMatch: false,
		display: true,
		type: 'string',
		canBeUsedToMatch: false,
	}));
	return { fields, emptyFieldsNotice: `"${version.name}" (${version.language}) has no variables` };
}

/** The resource mapper parameter holding the variables; the fields come from `method`. */
export function variablesProperty(method: string, dependsOn: string[], show: NonNullable<INodeProperties['displayOptions']>['show']): INodeProperties {
	return {
		displayName: 'Template Variables',
		name: 'templateVariables',
		type: 'resourceMapper',
		noDataExpression: true,
		default: { mappingMode: 'defineBelow', value: null },
		required: true,
		description: 'One value per placeholder of the picked template, {{1}} first',
		typeOptions: {
			loadOptionsDependsOn: dependsOn,
			resourceMapper: {
				resourceMapperMethod: method,
				mode: 'add',
				fieldWords: { singular: 'variable', plural: 'variables' },
				addAllFields: true,
				multiKeyMatch: false,
				supportAutoMap: false,
			},
		},
		displayOptions: { show },
	};
}

/** The values of the resource mapper in position order ({{1}} first); an empty position stays ''. */
export function variableValues(ctx: IExecuteSingleFunctions, name = 'templateVariables'): string[] {
	const mapper = ctx.getNodeParameter(name, {}) as { value?: Record<string, unknown> | null };
	const value = mapper?.value ?? {};
	const positions = Object.keys(value).map(Number).filter((n) => Number.isInteger(n) && n > 0);
	const count = Math.max(0, ...positions);
	return Array.from({ length: count }, (_, i) => {
		const v = value[String(i + 1)];
		return v === undefined || v === null ? '' : String(v);
	});
}

/**
 * Refuses, before any request, what the provider would refuse: a template that is missing in the
 * language, not approved, or given another number of values than it has placeholders.
 */
export function checkTemplateSend(
	ctx: IExecuteSingleFunctions,
	name: string,
	language: string,
	versions: TemplateVersion[],
	values: string[],
	valuesField = 'Template Variables',
): TemplateVersion {
	const version = versions.find((v) => v.name === name && v.language === language);
	if (!version) {
		const languages = versions.filter((v) => v.name === name).map((v) => v.language);
		throw fieldError(
			ctx,
			'"Template"',
			languages.length
				? `"${name}" has no "${language}" version (it has ${languages.join(', ')})`
				: `"${name}" does not exist`,
		);
	}
	if (!isSendable(version)) {
		throw fieldError(ctx, '"Template"', `"${name}" (${language}) is ${statusOf(version)}; only approved templates can be sent`);
	}
	const expected = placeholderCount(version.text);
	if (values.length !== expected) {
		throw fieldError(
			ctx,
			`"${valuesField}"`,
			`has ${values.length} value${values.length === 1 ? '' : 's'} but template "${name}" (${language}) expects ${expected}`,
		);
	}
	const empty = values.findIndex((v) => v.trim() === '');
	if (empty !== -1) throw fieldError(ctx, `"${valuesField}"`, `{{${empty + 1}}} of template "${name}" is empty`);
	return version;
}
