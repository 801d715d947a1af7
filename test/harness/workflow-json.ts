import type { IConnections } from 'n8n-workflow';
import { readFileSync } from 'node:fs';

import type { NodeSpec } from './engine';

/** A workflow as n8n exports it (and as examples/*.json are written). */
export interface WorkflowJson {
	name: string;
	nodes: Array<{
		name: string;
		type: string;
		typeVersion: number;
		parameters: Record<string, unknown>;
		webhookId?: string;
		credentials?: Record<string, { id: string; name: string }>;
	}>;
	connections: IConnections;
}

export function readWorkflow(file: string): WorkflowJson {
	return JSON.parse(readFileSync(file, 'utf8')) as WorkflowJson;
}

/** The workflow's nodes as harness specs; credentials are the engine's (pointing at the mock). */
export function nodeSpecs(workflow: WorkflowJson): NodeSpec[] {
	return workflow.nodes.map((n) => ({
		type: n.type,
		name: n.name,
		typeVersion: n.typeVersion,
		parameters: n.parameters as NodeSpec['parameters'],
		webhookId: n.webhookId,
	}));
}
