/** Summaries and body/response schemas for the mock's OpenAPI document, keyed "METHOD /path". */
export const PARLEY_OPENAPI: Record<string, { summary?: string; requestBody?: string; response?: string }> = {
	'POST /oauth/client_credential/accesstoken': {
		summary: 'KPN API Store token endpoint (form body client_id, client_secret; grant_type=client_credentials); really at https://api-prd.kpn.com/oauth/client_credential/accesstoken',
		response: 'TokenResponse',
	},
	'GET /configuration': { summary: 'Account configuration: search profiles, connections, users, integer codes', response: 'SuccessEnvelope' },
	'GET /ssoAccessToken/{email}': { summary: 'Regenerate the single sign-on access token of a user', response: 'SuccessEnvelope' },
	'GET /results/{resultId}': { summary: 'A result with up to 10 other results of its case', response: 'SuccessEnvelope' },
	'GET /results/{resultId}/noContext': { summary: 'A result without context', response: 'SuccessEnvelope' },
	'POST /results/{resultId}/replies': { summary: 'Reply to a result (form-urlencoded or JSON)', requestBody: 'ReplyRequest', response: 'SuccessEnvelope' },
	'POST /results/{resultId}/event/{event}': { summary: 'Send starttyping, stoptyping, opened or closed', response: 'SuccessEnvelope' },
	'GET /results/{filters}': { summary: 'Search a profile: /results/<profile>/source:<sources>/<filters>/limit:N/offset:M/', response: 'SuccessEnvelope' },
	'POST /searches/{searchId}/cases/{caseId}/close': { summary: 'Close a case', response: 'SuccessEnvelope' },
	'POST /searches/{searchId}/cases/{caseId}/close/handOverToHandler/{handlerId}': { summary: 'Hand a case over to a handler', response: 'SuccessEnvelope' },
	'POST /searches/{searchId}/cases/{caseId}/releaseHandler': { summary: 'Release the handler of a case', response: 'SuccessEnvelope' },
};
