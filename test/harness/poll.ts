import { PollContext } from 'n8n-core';
import type { IDataObject, INode, INodeExecutionData, Workflow } from 'n8n-workflow';

import type { Engine, NodeSpec } from './engine';

export interface PollingTrigger {
	node: INode;
	workflow: Workflow;
	/**
	 * One poll as n8n's poll scheduler runs it (mode "trigger", activation "activate"), or a
	 * "Fetch Test Event" with mode "manual". Returns what poll() returned.
	 */
	poll(mode?: 'trigger' | 'manual'): Promise<INodeExecutionData[][] | null>;
	/** The node's static data, which n8n saves with the workflow after every poll. */
	staticData(): IDataObject;
	/** The same trigger in a new Workflow built from the saved static data, as after an n8n restart. */
	restart(): PollingTrigger;
}

/** Runs a polling trigger's poll() through n8n-core's PollContext, with workflow static data kept between polls. */
export function pollingTrigger(engine: Engine, spec: NodeSpec, savedStaticData: IDataObject = {}): PollingTrigger {
	const node = engine.node(spec);
	const workflow = engine.workflow([node], {}, structuredClone(savedStaticData));
	const type = engine.nodeType(spec.type);
	if (!type.poll) throw new Error(`${spec.type} has no poll()`);
	const staticData = () => workflow.getStaticData('node', node);
	return {
		node,
		workflow,
		poll: async (mode = 'trigger') => {
			const context = new PollContext(workflow, node, engine.additionalData([], workflow), mode, mode === 'manual' ? 'manual' : 'activate');
			return await type.poll!.call(context);
		},
		staticData,
		restart: () => pollingTrigger(engine, { ...spec, name: node.name }, JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject),
	};
}
