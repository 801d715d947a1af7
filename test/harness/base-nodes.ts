import type { INodeType, IVersionedNodeType } from 'n8n-workflow';

/**
 * n8n's own built-in nodes (n8n-nodes-base, a dev dependency) that the example workflows and
 * the benchmark use, keyed by the type name n8n gives them.
 */
const BUILT_IN: Record<string, [file: string, className: string]> = {
	'n8n-nodes-base.httpRequest': ['HttpRequest/HttpRequest.node.js', 'HttpRequest'],
	'n8n-nodes-base.if': ['If/If.node.js', 'If'],
	'n8n-nodes-base.set': ['Set/Set.node.js', 'Set'],
	'n8n-nodes-base.splitOut': ['Transform/SplitOut/SplitOut.node.js', 'SplitOut'],
	'n8n-nodes-base.scheduleTrigger': ['Schedule/ScheduleTrigger.node.js', 'ScheduleTrigger'],
	'n8n-nodes-base.noOp': ['NoOp/NoOp.node.js', 'NoOp'],
	'n8n-nodes-base.filter': ['Filter/Filter.node.js', 'Filter'],
};

export function builtInNodeTypes(): Record<string, INodeType | IVersionedNodeType> {
	const out: Record<string, INodeType | IVersionedNodeType> = {};
	for (const [typeName, [file, className]] of Object.entries(BUILT_IN)) {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const mod = require(`n8n-nodes-base/dist/nodes/${file}`) as Record<string, new () => INodeType | IVersionedNodeType>;
		out[typeName] = new mod[className]();
	}
	return out;
}
