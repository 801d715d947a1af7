import { ExecuteContext, ExecutionLifecycleHooks, RoutingNode, WorkflowExecute } from 'n8n-core';
import {
	createRunExecutionData,
	Workflow,
	type ICredentialDataDecryptedObject,
	type IAuthenticateRuleResponseCode,
	type IAuthenticateRuleResponseSuccessBody,
	type IConnections,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type IRun,
	type IWorkflowExecuteAdditionalData,
	type INodeParameters,
	type INodeType,
	type INodeTypes,
	type IVersionedNodeType,
	NodeHelpers,
} from 'n8n-workflow';
import { randomUUID } from 'node:crypto';

import { TestCredentialsHelper } from './credentials';
import { loadPackage, type LoadedPackage } from './package';

export interface EngineOptions {
	/** Credential data by credential type name, e.g. { spotlerApi: { apiKey, baseUrl } }. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** Where getNodeWebhookUrl() points (the webhook harness sets it). */
	webhookBaseUrl?: string;
	/** Node types from outside this package (e.g. n8n-nodes-base's HTTP Request), by full type name. */
	extraNodeTypes?: Record<string, INodeType | IVersionedNodeType>;
}

export interface NodeSpec {
	/** Node name in the package, e.g. "spotler" (or a full type name). */
	type: string;
	name?: string;
	parameters: INodeParameters;
	continueOnFail?: boolean;
	webhookId?: string;
	/** Defaults to the node type's newest version. */
	typeVersion?: number;
}

export interface RunResult {
	run: IRun;
	status: IRun['status'];
	/** Output items of the run's last node, or of `node` when given to outputOf(). */
	items: INodeExecutionData[];
	/** The error that stopped the run, if any (a plain copy, as n8n stores it). */
	error?: { message: string; description?: string | null; httpCode?: string | null; context?: Record<string, unknown>; name?: string };
	outputOf(node: string): INodeExecutionData[];
	/** Node names in the order they ran. */
	order: string[];
}

/** One n8n "instance" for tests: the built package, credentials and the real execution engine. */
export class Engine {
	readonly credentialsHelper: TestCredentialsHelper;

	readonly nodeTypes: INodeTypes;

	private constructor(
		readonly pkg: LoadedPackage,
		private readonly options: EngineOptions,
	) {
		const extra = options.extraNodeTypes ?? {};
		const byName = (name: string) => (name in extra ? extra[name] : pkg.nodeTypes.getByName(name));
		this.nodeTypes = {
			getByName: byName,
			getByNameAndVersion: (name, version) => NodeHelpers.getVersionedNodeType(byName(name), version),
			getKnownTypes: () => ({}),
		};
		this.credentialsHelper = new TestCredentialsHelper(pkg.credentialTypes);
		for (const [type, data] of Object.entries(options.credentials ?? {})) this.credentialsHelper.set(type, data);
	}

	static async create(options: EngineOptions = {}): Promise<Engine> {
		return new Engine(await loadPackage(), options);
	}

	setCredentials(type: string, data: ICredentialDataDecryptedObject): void {
		this.credentialsHelper.set(type, data);
	}

	set webhookBaseUrl(url: string) {
		this.options.webhookBaseUrl = url;
	}

	typeName(type: string): string {
		return type.includes('.') ? type : this.pkg.typeName(type);
	}

	nodeType(type: string): INodeType {
		return this.nodeTypes.getByNameAndVersion(this.typeName(type)) as INodeType;
	}

	/** An INode for a spec, with every credential the node type declares attached. */
	node(spec: NodeSpec, position: [number, number] = [0, 0]): INode {
		const typeName = this.typeName(spec.type);
		const description = this.nodeType(spec.type).description;
		const credentials = Object.fromEntries((description.credentials ?? []).filter((c) => c.name in this.credentialsHelper.store).map((c) => [c.name, { id: c.name, name: c.name }]));
		return {
			id: randomUUID(),
			name: spec.name ?? description.defaults.name ?? spec.type,
			type: typeName,
			typeVersion: spec.typeVersion ?? (Array.isArray(description.version) ? Math.max(...description.version) : description.version),
			position,
			parameters: spec.parameters,
			credentials,
			continueOnFail: spec.continueOnFail,
			webhookId: spec.webhookId,
		};
	}

	workflow(nodes: INode[], connections: IConnections = {}, staticData?: Record<string, unknown>): Workflow {
		return new Workflow({
			id: randomUUID(),
			name: 'test workflow',
			nodes,
			connections,
			nodeTypes: this.nodeTypes,
			active: false,
			settings: {},
			staticData: staticData as IDataObject | undefined,
		});
	}

	additionalData(order: string[] = [], workflow?: Workflow): IWorkflowExecuteAdditionalData {
		const base = this.options.webhookBaseUrl ?? 'http://127.0.0.1:5678/webhook';
		const hooks = new ExecutionLifecycleHooks('manual', randomUUID(), {
			id: workflow?.id ?? 'test',
			name: 'test',
			nodes: [],
			connections: {},
			active: false,
			activeVersionId: null,
			isArchived: false,
			createdAt: new Date(),
			updatedAt: new Date(),
		} as never);
		hooks.addHandler('nodeExecuteAfter', (name: string) => {
			order.push(name);
		});
		return {
			credentialsHelper: this.credentialsHelper,
			hooks,
			executeWorkflow: async () => {
				throw new Error('sub-workflows are not available in tests');
			},
			getRunExecutionData: async () => undefined,
			getRuntimeCredential: async () => undefined,
			currentNodeExecutionIndex: 0,
			restApiUrl: 'http://127.0.0.1:5678/rest',
			instanceBaseUrl: 'http://127.0.0.1:5678',
			webhookBaseUrl: base,
			webhookTestBaseUrl: base.replace(/\/webhook$/, '/webhook-test'),
			webhookWaitingBaseUrl: base.replace(/\/webhook$/, '/webhook-waiting'),
			formBaseUrl: base.replace(/\/webhook$/, '/form'),
			formTestBaseUrl: base.replace(/\/webhook$/, '/form-test'),
			formWaitingBaseUrl: base.replace(/\/webhook$/, '/form-waiting'),
			mcpBaseUrl: base.replace(/\/webhook$/, '/mcp'),
			mcpTestBaseUrl: base.replace(/\/webhook$/, '/mcp-test'),
			variables: {},
			logAiEvent: () => {},
			startRunnerTask: async () => {
				throw new Error('task runners are not available in tests');
			},
		} as unknown as IWorkflowExecuteAdditionalData;
	}

	/**
	 * Runs a workflow from `startNode`, feeding it `items` as if its trigger had produced them.
	 * Mode "trigger" is how n8n runs an active workflow after a poll or a schedule fired: the
	 * polling or schedule trigger then passes `items` on. In "manual" mode n8n runs such a trigger
	 * again itself (a poll becomes "Fetch Test Event"), so `items` would be replaced.
	 */
	async runWorkflow(workflow: Workflow, startNode: string, items: INodeExecutionData[] = [{ json: {} }], mode: 'manual' | 'trigger' = 'manual'): Promise<RunResult> {
		const order: string[] = [];
		const start = workflow.getNode(startNode);
		if (!start) throw new Error(`no node named ${startNode}`);
		const run = await new WorkflowExecute(this.additionalData(order, workflow), mode).run({
			workflow,
			startNode: start,
			triggerToStartFrom: {
				name: start.name,
				data: { startTime: Date.now(), executionTime: 0, executionIndex: 0, source: [], data: { main: [items] } },
			},
		});
		const runData = run.data.resultData.runData;
		const outputOf = (node: string) => runData[node]?.[0]?.data?.main?.[0] ?? [];
		const last = run.data.resultData.lastNodeExecuted ?? startNode;
		return {
			run,
			status: run.status,
			items: outputOf(last),
			error: run.data.resultData.error as RunResult['error'],
			outputOf,
			order,
		};
	}

	/** A one-node workflow: the node runs once with `items` as its input. */
	async runNode(spec: NodeSpec, items: INodeExecutionData[] = [{ json: {} }]): Promise<RunResult> {
		const node = this.node(spec);
		return await this.runWorkflow(this.workflow([node]), node.name, items);
	}

	/**
	 * Runs a credential type's `test` request the way n8n's credential tester does: as the only
	 * routed property of a throwaway declarative node.
	 */
	async testCredential(type: string, data: ICredentialDataDecryptedObject): Promise<{ status: 'OK' | 'Error'; message: string }> {
		const credentialType = this.pkg.credentialTypes[type];
		const request = credentialType?.test?.request;
		if (!request) throw new Error(`${type} has no test request`);
		const previous = this.credentialsHelper.store[type];
		this.credentialsHelper.set(type, data);
		const testType: INodeType = {
			description: {
				displayName: 'Credential test',
				name: 'credentialTest',
				group: ['transform'],
				version: 1,
				description: '',
				defaults: {},
				inputs: ['main'],
				outputs: ['main'],
				credentials: [{ name: type, required: true }],
				properties: [{ displayName: 'Temp', name: 'temp', type: 'string', default: '', routing: { request } }],
			},
		} as unknown as INodeType;
		const node: INode = {
			id: randomUUID(),
			name: 'Credential test',
			type: 'credentialTest',
			typeVersion: 1,
			position: [0, 0],
			parameters: { temp: '' },
			credentials: { [type]: { id: type, name: type } },
		};
		const workflow = new Workflow({
			nodes: [node],
			connections: {},
			active: false,
			nodeTypes: { getByName: () => testType, getByNameAndVersion: () => testType, getKnownTypes: () => ({}) },
		});
		const additionalData = this.additionalData([], workflow);
		const context = new ExecuteContext(
			workflow,
			node,
			additionalData,
			'internal',
			createRunExecutionData({}),
			0,
			[],
			{ main: [[{ json: {} }]] },
			{ node, data: { main: [[{ json: {} }]] }, source: null },
			[],
		);
		// What n8n's CredentialsTester.runRequestTest answers: a responseCode rule's message for the
		// status first, then the status text, the network error code, or the error's own message.
		const rules = (credentialType.test?.rules ?? []) as Array<IAuthenticateRuleResponseCode | IAuthenticateRuleResponseSuccessBody>;
		let response: INodeExecutionData[][] | null | undefined;
		try {
			response = await new RoutingNode(context, testType).runNode();
		} catch (error) {
			const cause = (error as { cause?: { response?: { status: number; statusText?: string }; code?: string } }).cause;
			if (cause?.response) {
				const { status, statusText } = cause.response;
				const rule = rules.find((r) => r.type === 'responseCode' && r.properties.value === status);
				if (rule) return { status: 'Error', message: rule.properties.message };
				if (status < 199 || status > 299) return { status: 'Error', message: statusText || `Received HTTP status code: ${status}` };
			} else if (cause?.code) {
				return { status: 'Error', message: cause.code };
			}
			return { status: 'Error', message: (error as Error).message };
		} finally {
			if (previous) this.credentialsHelper.set(type, previous);
		}
		for (const rule of rules) {
			if (rule.type === 'responseSuccessBody' && valueAt(response?.[0]?.[0]?.json, rule.properties.key) === rule.properties.value) {
				return { status: 'Error', message: rule.properties.message };
			}
		}
		return { status: 'OK', message: 'Connection successful!' };
	}
}

/** The value at a dotted path (lodash's get, which n8n uses for responseSuccessBody rules). */
function valueAt(object: unknown, path: string): unknown {
	return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], object);
}
