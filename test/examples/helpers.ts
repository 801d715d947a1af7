import { TriggerContext } from 'n8n-core';
import type { IConnections, INodeExecutionData, INodeParameters, INodeType, IVersionedNodeType, Workflow } from 'n8n-workflow';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

import { builtInNodeTypes, nodeSpecs, readWorkflow, type Engine, type NodeSpec, type WorkflowJson } from '../harness';

export const EXAMPLES_DIR = resolve(__dirname, '../../examples');

export const exampleFiles = (): string[] =>
	readdirSync(EXAMPLES_DIR)
		.filter((f) => f.endsWith('.json'))
		.sort();

export const example = (file: string): WorkflowJson => readWorkflow(resolve(EXAMPLES_DIR, file));

const STICKY_NOTE = 'n8n-nodes-base.stickyNote';

/**
 * n8n's built-in nodes the examples use, plus the sticky note: n8n never runs a sticky note, but
 * the Workflow the engine builds must still know its type, as it does in n8n.
 */
export function exampleNodeTypes(): Record<string, INodeType | IVersionedNodeType> {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { StickyNote } = require('n8n-nodes-base/dist/nodes/StickyNote/StickyNote.node.js') as { StickyNote: new () => INodeType };
	return { ...builtInNodeTypes(), [STICKY_NOTE]: new StickyNote() };
}

/** The example split the way the harness takes it: its trigger, every other node, its connections. */
export function parts(workflow: WorkflowJson, triggerName: string, overrides: Record<string, Partial<INodeParameters>> = {}) {
	const specs = nodeSpecs(workflow).map((spec) => withOverrides(spec, overrides));
	const trigger = specs.find((s) => s.name === triggerName);
	if (!trigger) throw new Error(`the example has no node named ${triggerName}`);
	return { trigger, downstream: specs.filter((s) => s !== trigger), connections: workflow.connections as IConnections };
}

function withOverrides(spec: NodeSpec, overrides: Record<string, Partial<INodeParameters>>): NodeSpec {
	const changed = overrides[spec.name ?? ''];
	return changed ? { ...spec, parameters: { ...spec.parameters, ...changed } as INodeParameters } : spec;
}

/** The whole example as one engine Workflow (every node, the example's connections). */
export function wholeWorkflow(engine: Engine, workflow: WorkflowJson, overrides: Record<string, Partial<INodeParameters>> = {}): Workflow {
	const nodes = nodeSpecs(workflow).map((spec, i) => engine.node(withOverrides(spec, overrides), [220 * i, 0]));
	return engine.workflow(nodes, workflow.connections as IConnections, {});
}

/**
 * Fires a Schedule Trigger the way n8n's "Execute workflow" button does: n8n-core's TriggerContext
 * in manual mode, then the node's manualTriggerFunction; returns the items the trigger emitted.
 */
export async function fireScheduleTrigger(engine: Engine, workflow: Workflow, nodeName: string): Promise<INodeExecutionData[]> {
	const node = workflow.getNode(nodeName);
	if (!node) throw new Error(`no node named ${nodeName}`);
	const type = engine.nodeTypes.getByNameAndVersion(node.type, node.typeVersion) as INodeType;
	let emitted: INodeExecutionData[][] | undefined;
	const context = new TriggerContext(
		workflow,
		node,
		engine.additionalData([], workflow),
		'manual',
		'manual',
		(data) => {
			emitted = data;
		},
		(error) => {
			throw error;
		},
		undefined,
		// Manual runs register no cron jobs, so n8n's scheduler is not needed.
		{} as never,
	);
	const response = await type.trigger!.call(context);
	await response?.manualTriggerFunction?.();
	if (!emitted) throw new Error(`${nodeName} emitted nothing`);
	return emitted[0];
}
