import {
	ICredentialsHelper,
	type ICredentialDataDecryptedObject,
	type ICredentialsExpressionResolveValues,
	type ICredentialType,
	type IHttpRequestHelper,
	type IHttpRequestOptions,
	type INode,
	type INodeCredentialsDetails,
	type INodeProperties,
	type IRequestOptionsSimplified,
	type IWorkflowExecuteAdditionalData,
	type Workflow,
	type WorkflowExecuteMode,
} from 'n8n-workflow';

/**
 * What the n8n server's CredentialsHelper does, over plain objects kept in memory: defaults,
 * generic `authenticate` with expressions, pre-authentication (token exchange) with persistence,
 * and OAuth2 token storage. n8n-core has none of this itself.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	/** Credential data by type name; updated when a token is exchanged or refreshed. */
	readonly store: Record<string, ICredentialDataDecryptedObject> = {};

	constructor(private readonly types: Record<string, ICredentialType>) {
		super();
	}

	set(type: string, data: ICredentialDataDecryptedObject): void {
		this.store[type] = { ...data };
	}

	private type(name: string): ICredentialType {
		const type = this.types[name];
		if (!type) throw new Error(`unknown credential type ${name}`);
		return type;
	}

	private withDefaults(typeName: string, data: ICredentialDataDecryptedObject): ICredentialDataDecryptedObject {
		const out: ICredentialDataDecryptedObject = {};
		const properties: INodeProperties[] = [];
		for (const name of [typeName, ...this.getParentTypes(typeName)]) properties.push(...(this.types[name]?.properties ?? []));
		for (const p of properties) if (p.default !== undefined && !(p.name in out)) out[p.name] = p.default as never;
		return { ...out, ...data } as ICredentialDataDecryptedObject;
	}

	getParentTypes(name: string): string[] {
		const direct = this.types[name]?.extends ?? [];
		return [...direct, ...direct.flatMap((parent) => this.getParentTypes(parent))];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async runPreAuthentication(helpers: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject, typeName: string): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.type(typeName);
		return (type.preAuthentication ? await type.preAuthentication.call(helpers, credentials) : undefined) as ICredentialDataDecryptedObject | undefined;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		incoming: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		// An AbortSignal (set by n8n for execute() and custom operations) cannot be cloned; keep the original.
		const { abortSignal, ...cloneable } = incoming as IHttpRequestOptions;
		const requestOptions = structuredClone(cloneable) as IHttpRequestOptions;
		if (abortSignal) requestOptions.abortSignal = abortSignal;
		const type = this.type(typeName);
		const auth = type.authenticate;
		if (!auth) return requestOptions;
		if (typeof auth === 'function') return await auth(credentials, requestOptions);
		if (auth.type !== 'generic' || !workflow || !node) return requestOptions;
		for (const [outer, values] of Object.entries(auth.properties)) {
			const target = ((requestOptions as unknown as Record<string, Record<string, unknown>>)[outer] ??= {});
			for (const [key, raw] of Object.entries(values as Record<string, unknown>)) {
				const resolvedKey = workflow.expression.getSimpleParameterValue(node, key, 'internal', { $credentials: credentials }, undefined, key) as string;
				target[resolvedKey] = workflow.expression.getSimpleParameterValue(node, raw as string, 'internal', { $credentials: credentials }, undefined, raw as string);
			}
		}
		return requestOptions;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		_node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.type(typeName);
		const expirable = type.properties.find((p) => p.type === 'hidden' && p.typeOptions?.expirable === true);
		if (!expirable || !type.preAuthentication) return undefined;
		if (credentials[expirable.name] !== '' && credentials[expirable.name] !== undefined && !credentialsExpired) return undefined;
		const output = await type.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined) return undefined;
		this.store[typeName] = { ...this.store[typeName], ...output } as ICredentialDataDecryptedObject;
		return output as ICredentialDataDecryptedObject;
	}

	async updateCredentials(_details: INodeCredentialsDetails, type: string, data: ICredentialDataDecryptedObject): Promise<void> {
		this.store[type] = data;
	}

	async updateCredentialsOauthTokenData(_details: INodeCredentialsDetails, type: string, data: ICredentialDataDecryptedObject): Promise<void> {
		this.store[type] = { ...this.store[type], ...data } as ICredentialDataDecryptedObject;
	}

	async getCredentials(): Promise<never> {
		throw new Error('not used by the test harness');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		_mode: WorkflowExecuteMode,
		_executeData?: unknown,
		_raw?: boolean,
		_expressionResolveValues?: ICredentialsExpressionResolveValues,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.store[type];
		if (!data) throw new Error(`Node does not have any credentials of type "${type}" set`);
		return this.withDefaults(type, data);
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.type(type).properties;
	}
}
