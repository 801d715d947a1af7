import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { ruleEngineBuildAnswer, ruleEngineBuildAnswerFields } from './buildAnswer';

export const ruleEngineDescription: INodeProperties[] = [operationSelector('ruleEngine', [ruleEngineBuildAnswer], 'buildAnswer'), ...ruleEngineBuildAnswerFields];
