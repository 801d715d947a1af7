import type { CommonMessage } from '../../../schemas/common/types.generated';
import { ReplyError, type ReplyAdapter, type ReplyContext, type TemplateReply } from './types';

/** Refuses, before it is sent, a template the item's provider would refuse; the fields named as the node shows them. */
export async function checkTemplate(adapter: ReplyAdapter, ctx: ReplyContext, target: CommonMessage, template: TemplateReply): Promise<void> {
	const found = await adapter.templateProblem?.(ctx, target, template);
	if (!found) return;
	const field = found.field === 'template' ? '"Template Name"' : '"Template Parameters"';
	throw new ReplyError(`${field} ${found.problem}`, `${adapter.displayName}'s template list was read before sending; nothing was sent for this item.`);
}
