import { forOperation, textField, toBody } from '../../../shared/operations';
import { requireParameters } from '../../../shared/validation';
import { operation } from '../../shared/operations';

export const savedResponseCreate = operation({
	name: 'Create',
	value: 'create',
	action: 'Create a saved response',
	// Wabbit API: POST /saved_responses/, path inferred.
	description: 'Save a canned answer',
	method: 'POST',
	path: '/saved_responses/',
	preSend: [requireParameters({ text: 'Text' })],
});

export const savedResponseCreateFields = forOperation('savedResponse', 'create', [textField('A canned answer inbox users can pick', { routing: toBody('text') })]);
