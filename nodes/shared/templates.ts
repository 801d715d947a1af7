import type { IExecuteSingleFunctions, ILoadOptionsFunctions, INodeProperties, INodePropertyOptions, ResourceMapperField, ResourceMapperFields } from 'n8n-workflow';

import { derivedOncePerRun } from './run-memo';
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
	/** Placeholders are named ({{name}}, {{order}}: Mehery) instead of numbered; values go by name. */
	named?: boolean;
}

const PLACEHOLDER = /\{\{\s*(\d+)\s*\}\}/g;

/** The positions the body uses, in order ({{1}}, {{2}}...), each once. */
export function placeholderPositions(text: string): number[] {
	const positions = new Set<number>();
	for (const match of text.matchAll(PLACEHOLDER)) positions.add(Number(match[1]));
	return [...positions].sort((a, b) => a - b);
}

const NAMED_PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

/** The names a body with named placeholders uses ({{name}}, {{order}}), in order of first use, each once. */
export function placeholderNames(text: string): string[] {
	return [...new Set([...text.matchAll(NAMED_PLACEHOLDER)].map((match) => match[1]))];
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
function surroundings(text: string, placeholder: number | string): string {
	const key = String(placeholder).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const words = text.split(/\s+/);
	const at = words.findIndex((w) => new RegExp(`\\{\\{\\s*${key}\\s*\\}\\}`).test(w));
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

/** `{{name}} — in "Hi {{name}}, your order…"`: named placeholders are described by the words around them. */
export function describeNamedVariable(version: TemplateVersion, name: string): string {
	const context = surroundings(version.text, name);
	return context ? `{{${name}}} — in "${context}"` : `{{${name}}}`;
}

/** The placeholders a send fills, as the mapper's field ids: '1', '2'... or, for named ones, the names. */
export function variableIds(version: TemplateVersion): string[] {
	if (version.named) return placeholderNames(version.text);
	return Array.from({ length: placeholderCount(version.text) }, (_, i) => String(i + 1));
}

/** The resource mapper's fields: one required text per position (or name), labelled with its example. */
export function variableFields(version: TemplateVersion | undefined): ResourceMapperFields {
	if (!version) return { fields: [], emptyFieldsNotice: 'Pick a template and a language first' };
	const fields: ResourceMapperField[] = variableIds(version).map((id) => ({
		id,
		displayName: version.named ? describeNamedVariable(version, id) : describeVariable(version, Number(id)),
		required: true,
		defaultMatch: false,
		display: true,
		type: 'string',
		canBeUsedToMatch: false,
	}));
	return { fields, emptyFieldsNotice: `"${version.name}" (${version.language}) has no variables` };
}

/** The language, picked from the picked template's own languages (loadOptions method `getTemplateLanguages`). */
export function templateLanguageProperty(field: { name: string; displayName: string }, dependsOn: string[], displayOptions: INodeProperties['displayOptions']): INodeProperties {
	return {
		displayName: field.displayName,
		name: field.name,
		type: 'options',
		default: '',
		required: true,
		description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		typeOptions: { loadOptionsMethod: 'getTemplateLanguages', loadOptionsDependsOn: dependsOn },
		displayOptions,
	};
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
	return mapperValuesInPosition(ctx.getNodeParameter(name, {}));
}

/** A resource mapper's value ({value: {"1": ..., "2": ...}}) as a list, {{1}} first; for callers that read it per item themselves. */
export function mapperValuesInPosition(mapper: unknown): string[] {
	const value = (mapper as { value?: Record<string, unknown> | null } | null)?.value ?? {};
	// The highest position given; the ones below it that are missing stay ''.
	let count = 0;
	for (const key of Object.keys(value)) {
		const position = Number(key);
		if (Number.isInteger(position) && position > count) count = position;
	}
	const values: string[] = [];
	for (let position = 1; position <= count; position++) {
		const v = value[String(position)];
		values.push(v === undefined || v === null ? '' : String(v));
	}
	return values;
}

/** The values of a mapper for named placeholders, by name; an empty one stays ''. */
export function namedVariableValues(ctx: IExecuteSingleFunctions, name = 'templateVariables'): Record<string, string> {
	const mapper = ctx.getNodeParameter(name, {}) as { value?: Record<string, unknown> | null };
	return Object.fromEntries(Object.entries(mapper?.value ?? {}).map(([key, v]) => [key, v === undefined || v === null ? '' : String(v)]));
}

/** What is wrong with a send: in the template (missing, not approved) or in its values. */
export interface TemplateSendProblem {
	field: 'template' | 'values';
	problem: string;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** What a send of one template in one language is checked against: its version, and its placeholders once counted. */
interface SendTarget {
	version: TemplateVersion;
	/** {{1}}..{{n}}: how many values a list must hold. */
	count?: number;
	/** {{name}}, {{order}}: the names a record must hold. */
	names?: string[];
}

/** The version to send, or why none can be: missing in the language or not approved. */
function sendTarget(name: string, language: string, versions: TemplateVersion[]): SendTarget | TemplateSendProblem {
	const version = versions.find((v) => v.name === name && v.language === language);
	if (!version) {
		const languages = versions.filter((v) => v.name === name).map((v) => v.language);
		return {
			field: 'template',
			problem: languages.length ? `"${name}" has no "${language}" version (it has ${languages.join(', ')})` : `"${name}" does not exist`,
		};
	}
	if (!isSendable(version)) return { field: 'template', problem: `"${name}" (${language}) is ${statusOf(version)}; only approved templates can be sent` };
	return { version };
}

/** Whether the values fit the target's placeholders: a list for numbered ones, {{1}} first; a record by name for named ones. */
function valuesProblem(name: string, language: string, target: SendTarget, values: string[] | Record<string, string>): TemplateSendProblem | undefined {
	if (Array.isArray(values)) {
		const expected = (target.count ??= placeholderCount(target.version.text));
		if (values.length !== expected) {
			return { field: 'values', problem: `has ${plural(values.length, 'value')} but template "${name}" (${language}) expects ${expected}` };
		}
		const empty = values.findIndex((v) => v.trim() === '');
		return empty === -1 ? undefined : { field: 'values', problem: `{{${empty + 1}}} of template "${name}" is empty` };
	}
	const expected = (target.names ??= placeholderNames(target.version.text));
	const given = Object.keys(values);
	const unknown = given.filter((n) => !expected.includes(n));
	const missing = expected.filter((n) => !given.includes(n));
	if (unknown.length || missing.length) {
		const names = (list: string[]) => list.map((n) => `{{${n}}}`).join(', ');
		const has = given.length ? ` (${names(given)})` : '';
		return {
			field: 'values',
			problem: `has ${plural(given.length, 'value')}${has} but template "${name}" (${language}) expects ${expected.length}${expected.length ? ` (${names(expected)})` : ''}`,
		};
	}
	const empty = expected.find((n) => values[n].trim() === '');
	return empty === undefined ? undefined : { field: 'values', problem: `{{${empty}}} of template "${name}" is empty` };
}

/**
 * Why a send would be refused by the provider, or undefined: the template is missing in the
 * language or not approved, or the values do not fit its placeholders (a list for numbered ones,
 * {{1}} first; a record by name for named ones). For callers without a routing context.
 */
export function templateSendProblem(name: string, language: string, versions: TemplateVersion[], values: string[] | Record<string, string>): TemplateSendProblem | undefined {
	const target = sendTarget(name, language, versions);
	return 'problem' in target ? target : valuesProblem(name, language, target, values);
}

/**
 * Refuses, before any request, what the provider would refuse: a template that is missing in the
 * language, not approved, or given another number of values than it has placeholders.
 */
export function checkTemplateSend(ctx: IExecuteSingleFunctions, name: string, language: string, versions: TemplateVersion[], values: string[], valuesField = 'Template Variables'): TemplateVersion {
	return checkedVersion(ctx, name, language, versions, values, valuesField);
}

/** checkTemplateSend for named placeholders (Mehery): the values by name, each name the template has and no other. */
export function checkNamedTemplateSend(
	ctx: IExecuteSingleFunctions,
	name: string,
	language: string,
	versions: TemplateVersion[],
	values: Record<string, string>,
	valuesField = 'Template Variables',
): TemplateVersion {
	return checkedVersion(ctx, name, language, versions, values, valuesField);
}

/**
 * The send targets of a run, by template list and then by name and language: every item of a run
 * sends against the same list (read once per run), so which version it is, whether it can be sent
 * and its placeholders are decided once; only the item's values are checked per item.
 */
type SendTargets = WeakMap<TemplateVersion[], Map<string, SendTarget | TemplateSendProblem>>;

function checkedVersion(ctx: IExecuteSingleFunctions, name: string, language: string, versions: TemplateVersion[], values: string[] | Record<string, string>, valuesField: string): TemplateVersion {
	const targets = derivedOncePerRun<SendTargets>(ctx, 'template send targets', () => new WeakMap());
	let byName = targets.get(versions);
	if (!byName) targets.set(versions, (byName = new Map()));
	const key = `${name}\n${language}`;
	let target = byName.get(key);
	if (!target) byName.set(key, (target = sendTarget(name, language, versions)));
	const found = 'problem' in target ? target : valuesProblem(name, language, target, values);
	if (found) throw fieldError(ctx, found.field === 'template' ? '"Template"' : `"${valuesField}"`, found.problem);
	return (target as SendTarget).version;
}

/** A parameter of the node being edited, locators unwrapped ('' while unset or an expression). */
export function pickedParameter(ctx: ILoadOptionsFunctions, name: string): string {
	const raw = ctx.getCurrentNodeParameter(name) as unknown;
	const value = raw && typeof raw === 'object' && 'value' in raw ? (raw as { value: unknown }).value : raw;
	const text = String(value ?? '').trim();
	return text.startsWith('=') ? '' : text;
}
