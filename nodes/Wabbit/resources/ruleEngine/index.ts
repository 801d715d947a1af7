import type { INodeProperties } from 'n8n-workflow';

import { ruleEngineBuildAnswerDescription } from './buildAnswer';

export const ruleEngineDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['ruleEngine'] } },
		options: [
			{
				name: 'Build Answer',
				value: 'buildAnswer',
				action: 'Build a rule engine answer',
				description: 'Turn the items into the assignment answer the Wabbit Rule Engine Trigger sends back (no API call)',
			},
		],
		default: 'buildAnswer',
	},
	...ruleEngineBuildAnswerDescription,
];
