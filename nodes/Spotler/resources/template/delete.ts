import { forOperation, successOutput } from '../../../shared/operations';
import { channelLocator, templateLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const templateDelete = operation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a template',
	description: 'Delete a WhatsApp template in every language',
	method: 'DELETE',
	path: '/channels/{channel}/templates/{template}',
	output: [successOutput()],
});

export const templateDeleteFields = forOperation('template', 'delete', [channelLocator, templateLocator]);
