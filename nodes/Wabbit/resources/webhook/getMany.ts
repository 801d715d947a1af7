import { forOperation, returnAllAndLimit } from '../../../shared/operations';
import { operation } from '../../shared/operations';

export const webhookGetMany = operation({
	name: 'Get Many',
	value: 'getMany',
	action: 'Get many webhooks',
	// Wabbit API: GET /webhooks/waba/, path inferred.
	description: "List WABA webhooks: admins see everyone's, others their own",
	method: 'GET',
	path: '/webhooks/waba/',
});

export const webhookGetManyFields = forOperation('webhook', 'getMany', returnAllAndLimit({}));
