import type { IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { WhatsAppTemplate } from '../../../../schemas/social25/types.generated';
import { conversationLocator } from '../../shared/descriptions';
import { languageProperty } from '../../shared/templates';

const show = { resource: ['whatsAppTemplate'], operation: ['getAll'] };

/**
 * The answer is {"<language>": [templates], "namespace": "..."}; one item per template, with
 * its language and namespace, is what a workflow can use.
 */
export async function flattenTemplates(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	_response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	return items.flatMap((item) => {
		const { namespace, ...byLanguage } = item.json as Record<string, unknown>;
		return Object.entries(byLanguage).flatMap(([language, templates]) =>
			((templates ?? []) as WhatsAppTemplate[]).map((template) => ({ json: { ...template, language, namespace: namespace as string } })),
		);
	});
}

export const whatsAppTemplateGetAll: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many WhatsApp templates',
	description: 'List the approved WhatsApp templates of a language',
	routing: {
		request: { method: 'GET', url: '/tenants/{tenantId}/conversations/{conversationId}/whatsapp_templates/' },
		output: { postReceive: [flattenTemplates] },
	},
};

export const whatsAppTemplateGetAllDescription: INodeProperties[] = [
	conversationLocator(show, 'A WhatsApp conversation: Social25 lists templates per conversation'),
	{ ...languageProperty(show), routing: { send: { type: 'query', property: 'language', value: '={{ $value.trim() }}' } } },
];
