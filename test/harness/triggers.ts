import { HookContext, WebhookContext } from 'n8n-core';
import type { IConnections, INode, INodeType, IRun, IWebhookData, Workflow } from 'n8n-workflow';
import express, { type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

import type { Engine, NodeSpec, RunResult } from './engine';

export interface ActiveTrigger {
	node: INode;
	workflow: Workflow;
	/** The URL the trigger registered (or would register) with the provider. */
	webhookUrl: string;
	/** Workflow runs started by deliveries, in arrival order. */
	runs: RunResult[];
	/** Answers the harness gave to deliveries (status and body). */
	responses: Array<{ status: number; body: unknown }>;
	/** Resolves when `count` runs have finished (default: one more than now). */
	waitForRuns(count?: number, timeoutMs?: number): Promise<RunResult[]>;
	/** Runs webhookMethods.default.delete, as n8n does when a workflow is deactivated. */
	deactivate(): Promise<void>;
	staticData(): Record<string, unknown>;
}

/**
 * A stand-in for n8n's webhook server: an HTTP endpoint on 127.0.0.1 that routes
 * /webhook/<webhookId>/<path> to the trigger's webhook(), then runs the rest of the workflow
 * through the engine. Activation and deactivation call the node's webhookMethods like n8n does.
 */
export class TriggerHarness {
	private server?: Server;
	private active = new Map<string, ActiveTrigger & { description: IWebhookData }>();
	baseUrl = '';

	constructor(private readonly engine: Engine) {}

	async start(): Promise<void> {
		const app = express();
		// n8n's webhook server parses JSON and form bodies before nodes see them, and keeps the raw body.
		app.use(express.json({ limit: '16mb', verify: (req, _res, buf) => ((req as unknown as { rawBody: Buffer }).rawBody = buf) }));
		app.use(express.urlencoded({ extended: true }));
		app.all('/webhook/:webhookId/*path', (req, res) => void this.handle(req, res));
		this.server = app.listen(0, '127.0.0.1');
		await new Promise<void>((resolve) => this.server!.once('listening', resolve));
		this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/webhook`;
		this.engine.webhookBaseUrl = this.baseUrl;
	}

	async stop(): Promise<void> {
		this.server?.closeAllConnections();
		await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
	}

	/**
	 * Activates a trigger: builds the workflow (trigger plus optional downstream nodes), then
	 * checkExists() and create() as n8n does on activation.
	 */
	async activate(trigger: NodeSpec, downstream: { nodes?: NodeSpec[]; connections?: IConnections } = {}, options: { register?: boolean } = {}): Promise<ActiveTrigger> {
		const node = this.engine.node({ ...trigger, webhookId: trigger.webhookId ?? randomUUID() });
		const others = (downstream.nodes ?? []).map((spec, i) => this.engine.node(spec, [200 * (i + 1), 0]));
		const connections: IConnections = downstream.connections ?? {};
		if (!downstream.connections && others.length > 0) {
			// Default: a straight line, trigger -> first -> second ...
			[node, ...others].slice(0, -1).forEach((from, i) => {
				connections[from.name] = { main: [[{ node: others[i].name, type: 'main', index: 0 }]] };
			});
		}
		const workflow = this.engine.workflow([node, ...others], connections, {});
		const type = this.engine.nodeType(trigger.type);
		const webhookDescription = type.description.webhooks?.[0];
		if (!webhookDescription) throw new Error(`${trigger.type} has no webhook`);
		const additionalData = this.engine.additionalData([], workflow);
		const description: IWebhookData = {
			httpMethod: webhookDescription.httpMethod as IWebhookData['httpMethod'],
			node: node.name,
			path: String(webhookDescription.path),
			webhookDescription,
			workflowId: workflow.id,
			workflowExecuteAdditionalData: additionalData,
			webhookId: node.webhookId,
		};
		const hook = (mode: 'activate' | 'manual') => new HookContext(workflow, node, additionalData, 'trigger', mode, description);
		const methods = type.webhookMethods?.default;
		if (methods && options.register !== false) {
			const exists = await methods.checkExists.call(hook('activate'));
			if (!exists) await methods.create.call(hook('activate'));
		}
		// Each waiter answers whether it is satisfied; unsatisfied ones wait for the next run.
		let waiters: Array<() => boolean> = [];
		const active: ActiveTrigger & { description: IWebhookData } = {
			node,
			workflow,
			description,
			webhookUrl: `${this.baseUrl}/${node.webhookId}/${String(webhookDescription.path).replace(/^\//, '')}`,
			runs: [],
			responses: [],
			staticData: () => workflow.getStaticData('node', node) as Record<string, unknown>,
			waitForRuns: (count, timeoutMs = 10_000) => {
				const target = count ?? active.runs.length + 1;
				return new Promise((resolve, reject) => {
					const check = () => {
						if (active.runs.length >= target) {
							clearTimeout(timer);
							resolve(active.runs);
							return true;
						}
						return false;
					};
					const timer = setTimeout(() => reject(new Error(`expected ${target} runs, got ${active.runs.length}`)), timeoutMs);
					if (!check()) waiters.push(check);
				});
			},
			deactivate: async () => {
				if (methods) await methods.delete.call(hook('activate'));
				this.active.delete(node.webhookId!);
			},
		};
		(active as unknown as { notify: () => void }).notify = () => {
			waiters = waiters.filter((w) => !w());
		};
		this.active.set(node.webhookId!, active);
		return active;
	}

	private async handle(req: Request, res: Response): Promise<void> {
		const active = this.active.get(String(req.params.webhookId));
		if (!active) {
			res.status(404).json({ message: 'The requested webhook is not registered.' });
			return;
		}
		const record = (status: number, body: unknown) => active.responses.push({ status, body });
		const originalJson = res.json.bind(res);
		res.json = (body: unknown) => {
			record(res.statusCode, body);
			return originalJson(body);
		};
		const originalSend = res.send.bind(res);
		res.send = (body?: unknown) => {
			if (!res.headersSent && typeof body !== 'object') record(res.statusCode, body);
			return originalSend(body);
		};
		const { workflow, node, description } = active;
		const type = this.engine.nodeType(node.type) as INodeType;
		const additionalData = this.engine.additionalData([], workflow);
		(additionalData as unknown as { httpRequest: Request; httpResponse: Response }).httpRequest = req;
		(additionalData as unknown as { httpRequest: Request; httpResponse: Response }).httpResponse = res;
		const context = new WebhookContext(workflow, node, additionalData, 'webhook', { ...description, workflowExecuteAdditionalData: additionalData }, [], null);
		let result;
		try {
			result = await type.webhook!.call(context);
		} catch (error) {
			if (!res.headersSent) res.status(500).json({ message: (error as Error).message });
			return;
		}
		if (result.noWebhookResponse) {
			if (!res.headersSent) res.end();
		}
		if (!result.workflowData) {
			if (!res.headersSent) res.status(200).json(result.webhookResponse ?? { message: 'Workflow was started' });
			return;
		}
		const responseMode = description.webhookDescription.responseMode ?? 'onReceived';
		if (responseMode === 'onReceived' && !res.headersSent) {
			res.status(200).json(result.webhookResponse ?? { message: 'Workflow was started' });
		}
		const run = await this.engine.runWorkflow(workflow, node.name, result.workflowData[0]);
		active.runs.push(run);
		if (responseMode === 'lastNode' && !res.headersSent) {
			const first = run.items[0]?.json;
			res.status(run.status === 'success' ? 200 : 500).json(first ?? {});
		}
		(active as unknown as { notify: () => void }).notify();
	}
}

export type { IRun };
