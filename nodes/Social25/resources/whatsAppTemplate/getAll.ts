import type { IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';

import type { WhatsAppTemplate } from '../../../../schemas/social25/types.generated';
import { forOperation } from '../../../shared/operations';
import { conversationLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';
import { languageProperty } from '../../shared/templates';

/**
 * The answer is {"<language>": [templates], "namespace": "..."}; one item per template, with
 * its language and namespace, is what a workflow can use.
 */
async function flattenTemplates(this: IExecuteSingleFunctions, items: INodeExecutionData[], _response: IN8nHttpFullResponse): Promise<INodeExecutionData[]> {
	return items.flatMap((item) => {
		const { namespace, ...byLanguage } = item.json as Record<string, unknown>;
		return Object.entries(byLanguage).flatMap(([language, templates]) =>
			((templates ?? []) as WhatsAppTemplate[]).map((template) => ({ json: { ...template, language, namespace: namespace as string } })),
		);
	});
}

export const whatsAppTemplateGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many WhatsApp templates',
	description: 'List the approved WhatsApp templates of a language',
	method: 'GET',
	path: '/tenants/{tenantId}/conversations/{conversationId}/whatsapp_templates/',
	output: [flattenTemplates],
});

export const whatsAppTemplateGetAllFields = forOperation('whatsAppTemplate', 'getAll', [
	conversationLocator('A WhatsApp conversation: Social25 lists templates per conversation'),
	{ ...languageProperty(), routing: { send: { type: 'query', property: 'language', value: '={{ $value.trim() }}' } } },
]);
