import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodePropertyOptions } from 'n8n-workflow';

import type { RuleEngineAnswer, RuleEngineAssignment } from '../../../../schemas/wabbit/types.generated';
import { forOperation } from '../../../shared/operations';
import { groupLocator, userLocator } from '../../shared/descriptions';

/** Not a request: a customOperation (buildRuleEngineAnswer below). */
export const ruleEngineBuildAnswer: INodePropertyOptions = {
	name: 'Build Answer',
	value: 'buildAnswer',
	action: 'Build a rule engine answer',
	description: 'Turn the items into the assignment answer the Wabbit Rule Engine Trigger sends back (no API call)',
};

export const ruleEngineBuildAnswerFields = forOperation('ruleEngine', 'buildAnswer', [
	{
		displayName: 'Put this node last in a workflow that starts with the Wabbit Rule Engine Trigger: it turns every input item into one assignment and outputs the single answer Wabbit expects',
		name: 'notice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Message ID',
		name: 'messageId',
		type: 'string',
		default: '={{ $json.message_id }}',
		description: 'The message whose chat is assigned (the trigger outputs it as message_id). Leave empty to assign by chat.',
	},
	{
		displayName: 'Chat (WhatsApp Number)',
		name: 'chatId',
		type: 'string',
		default: '={{ $json.chat_id }}',
		description: 'Used when there is no message ID, e.g. for chat taggings',
	},
	{
		displayName: 'Assign To',
		name: 'assignTo',
		type: 'options',
		default: 'user',
		options: [
			{ name: 'Group', value: 'group', description: 'A group of users' },
			{ name: 'Nobody (Skip This Item)', value: 'none', description: 'No assignment for this item' },
			{ name: 'User', value: 'user', description: 'One user, e.g. a bot' },
		],
	},
	{ ...userLocator, displayOptions: { show: { assignTo: ['user'] } } },
	{ ...groupLocator, displayOptions: { show: { assignTo: ['group'] } } },
	{
		displayName: 'Group Assign Method',
		name: 'groupAssignMethod',
		type: 'options',
		default: 'let_group_decide',
		options: [
			{ name: 'Let Group Members Decide', value: 'let_group_decide', description: 'Assign only the group; members pick the chat themselves' },
			{ name: 'Round Robin', value: 'round_robin', description: 'Assign one member of the group right away, in turn' },
		],
		displayOptions: { show: { assignTo: ['group'] } },
	},
]);

const idParameter = (ctx: IExecuteFunctions, name: string, label: string, i: number): number => {
	const raw = String(ctx.getNodeParameter(name, i, '', { extractValue: true }) ?? '').trim();
	if (!/^\d+$/.test(raw)) {
		throw new NodeOperationError(ctx.getNode(), `"${label}" ${raw ? `"${raw}" is not an ID` : 'is empty'} (item ${i})`, { itemIndex: i });
	}
	return Number(raw);
};

/** Not an API call: collects one assignment per item into {"assignment": [...]}, the Rule Engine's documented answer. */
export async function buildRuleEngineAnswer(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const assignment: RuleEngineAssignment[] = [];
	for (let i = 0; i < items.length; i++) {
		const assignTo = this.getNodeParameter('assignTo', i) as string;
		if (assignTo === 'none') continue;
		const messageId = String(this.getNodeParameter('messageId', i, '') ?? '').trim();
		const chatId = String(this.getNodeParameter('chatId', i, '') ?? '').trim();
		if (!messageId && !chatId) {
			throw new NodeOperationError(this.getNode(), `"Message ID" and "Chat" are both empty (item ${i})`, {
				itemIndex: i,
				description: 'Wabbit needs to know which chat to assign: map message_id or chat_id from the Wabbit Rule Engine Trigger.',
			});
		}
		const target = messageId ? { message_id: messageId } : { chat_id: chatId.replace(/\D/g, '') };
		if (assignTo === 'user') assignment.push({ ...target, user: idParameter(this, 'user', 'User', i) });
		else {
			assignment.push({
				...target,
				group: idParameter(this, 'group', 'Group', i),
				group_assign_method: this.getNodeParameter('groupAssignMethod', i) as 'round_robin' | 'let_group_decide',
			});
		}
	}
	const answer: RuleEngineAnswer = { assignment };
	return [[{ json: answer as IDataObject, pairedItem: items.map((_item, i) => ({ item: i })) }]];
}
