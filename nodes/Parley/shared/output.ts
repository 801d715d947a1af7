import { NodeOperationError, type IDataObject, type IExecuteSingleFunctions, type IN8nHttpFullResponse, type INodeExecutionData } from 'n8n-workflow';

import { describeShape, envelopeData, isObject, looksLikeCase, looksLikeConfiguration, looksLikeReply, looksLikeResult, readPayload, readResults, succeeded } from './envelope';
import { idOf, SENT, withSentSummary } from '../../shared/sent-summary';

/**
 * postReceive steps that read Parley's answers wherever the payload stands (envelope.ts). Where
 * an answer holds no payload at all (the doc's own `data: {}`), the item says what was done
 * instead of being empty or missing.
 */

type Output = (this: IExecuteSingleFunctions, items: INodeExecutionData[], response: IN8nHttpFullResponse) => Promise<INodeExecutionData[]>;

const one = (json: IDataObject): INodeExecutionData[] => [{ json }];
const calledUrl = (body: unknown) => (isObject(body) && isObject(body.metadata) && isObject(body.metadata.values) ? (body.metadata.values.url ?? null) : null);
const dataObject = (body: unknown): IDataObject => {
	const data = envelopeData(body);
	return isObject(data) ? data : {};
};

/** Result › Get Without Context: the result. */
export const outputResult: Output = async function (_items, response) {
	return one(readPayload(response.body, 'result', looksLikeResult) ?? dataObject(response.body));
};

/** Result › Get: the result and the other results of its case, as {result, context}. */
export const outputResultWithContext: Output = async function (_items, response) {
	const result = readPayload(response.body, 'result', looksLikeResult);
	if (!result) return one(dataObject(response.body));
	const data = envelopeData(response.body);
	const context = (isObject(data) && Array.isArray(data.context) ? data.context : undefined) ?? (isObject(response.body) && Array.isArray(response.body.context) ? response.body.context : []);
	return one({ result, context: context as IDataObject[] });
};

/** Result › Search: one item per result; an answer with no recognisable list fails, never silently empty. */
export const outputResults: Output = async function (_items, response) {
	const results = readResults(response.body);
	if (!results) {
		throw new NodeOperationError(this.getNode(), 'Parley answered the search in a shape this node does not know', {
			description: `Expected a list of results (under data.results, data.result, results, or a bare list); the answer's data is ${describeShape(response.body)}.`,
			itemIndex: this.getItemIndex(),
		});
	}
	return results.map((result) => ({ json: result as unknown as IDataObject }));
};

/**
 * Result › Reply: the reply, or what was sent when the answer holds none, with the send summary
 * every provider outputs. The reply's id is the outgoing result's and its case is the
 * conversation; a result names no person to reply to, so recipient stays null.
 */
export const outputReply: Output = async function (_items, response) {
	const reply = readPayload(response.body, 'reply', looksLikeReply);
	if (reply) return one(withSentSummary(reply, { messageId: idOf(reply.id), recipient: null, conversationId: idOf(reply.caseId), status: SENT }));
	const success = succeeded(response.body);
	return one(
		withSentSummary(
			{
				success,
				resultId: Number(this.getNodeParameter('resultId', '')),
				message: this.getNodeParameter('message', '') as string,
				public: this.getNodeParameter('visibility', 'public') === 'public',
				url: calledUrl(response.body),
			},
			{ messageId: null, recipient: null, conversationId: null, status: success ? SENT : null },
		),
	);
};

/** Case actions: the case, or what was done when the answer holds none. */
export const outputCase: Output = async function (_items, response) {
	const found = readPayload(response.body, 'case', looksLikeCase);
	if (found) return one(found);
	return one({
		success: succeeded(response.body),
		searchId: Number(this.getNodeParameter('searchId', '', { extractValue: true })),
		caseId: Number(this.getNodeParameter('caseId', '')),
		operation: this.getNodeParameter('operation', '') as string,
		url: calledUrl(response.body),
	});
};

/** Configuration › Get. */
export const outputConfiguration: Output = async function (_items, response) {
	return one(readPayload(response.body, 'configuration', looksLikeConfiguration) ?? dataObject(response.body));
};

/** Answers whose payload is data itself (SSO access token). */
export const outputData: Output = async function (_items, response) {
	return one(dataObject(response.body));
};
