import { forOperation, returnAllAndLimit } from '../../../shared/operations';
import { operation } from '../../shared/operations';

export const savedResponseGetMany = operation({
	name: 'Get Many',
	value: 'getMany',
	action: 'Get many saved responses',
	// Wabbit API: GET /saved_responses/, path inferred.
	description: 'List canned answers',
	method: 'GET',
	path: '/saved_responses/',
});

export const savedResponseGetManyFields = forOperation('savedResponse', 'getMany', returnAllAndLimit({}));
