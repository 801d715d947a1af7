/**
 * Where a provider's document is silent, the mock must not play only the answer we guessed: the
 * node would then be tested against our guess alone. A provider declares each open question as a
 * variant with the plausible answers it can play; tests and contributors switch them through the
 * control API and run the node against each.
 */
export interface VariantSpec {
	/** The open question, e.g. "Shape of data in a reply-availability answer (the doc prints data: {})". */
	question: string;
	/** Each answer the mock can play, value → what it does. The first is the default. */
	answers: Record<string, string>;
}

export type VariantTable = Record<string, VariantSpec>;

export class VariantSwitch {
	// Keyed by provider slug, then variant name; plain Maps so request-supplied names cannot reach Object.prototype.
	private chosen = new Map<string, Map<string, string>>();

	constructor(private readonly tables: () => Record<string, VariantTable | undefined>) {}

	/** The answer currently played for a provider's variant (its default when none was chosen). */
	get(slug: string, name: string): string {
		const chosen = this.chosen.get(slug)?.get(name);
		if (chosen !== undefined) return chosen;
		const spec = this.spec(slug, name);
		return Object.keys(spec.answers)[0];
	}

	/** Chooses answers; refuses unknown names or values so a typo cannot silently test the default. */
	set(slug: string, choices: Record<string, unknown>): void {
		for (const [name, value] of Object.entries(choices)) {
			const spec = this.spec(slug, name);
			if (typeof value !== 'string' || !Object.prototype.hasOwnProperty.call(spec.answers, value)) {
				throw new Error(`variant "${name}" of ${slug} has no answer ${JSON.stringify(value)}; answers: ${Object.keys(spec.answers).join(', ')}`);
			}
		}
		const mine = this.chosen.get(slug) ?? new Map<string, string>();
		for (const [name, value] of Object.entries(choices)) mine.set(name, value as string);
		this.chosen.set(slug, mine);
	}

	/** Back to every default (a reset of the mock does this). */
	clear(): void {
		this.chosen.clear();
	}

	/** Every provider's variants with their answers and the one in play. */
	list(): Record<string, Record<string, VariantSpec & { current: string }>> {
		const out: Record<string, Record<string, VariantSpec & { current: string }>> = {};
		for (const [slug, table] of Object.entries(this.tables())) {
			if (!table) continue;
			out[slug] = {};
			for (const [name, spec] of Object.entries(table)) out[slug][name] = { ...spec, current: this.get(slug, name) };
		}
		return out;
	}

	private spec(slug: string, name: string): VariantSpec {
		const table = this.tables()[slug];
		if (!table || !Object.prototype.hasOwnProperty.call(table, name)) {
			throw new Error(`${slug} has no variant "${name}"${table ? `; variants: ${Object.keys(table).join(', ')}` : ''}`);
		}
		return table[name];
	}
}
