import type { INodeProperties } from 'n8n-workflow';

import { showFor, userLocator } from '../../shared/descriptions';

/** Get, Update, Replace and Set Password name the user the same way. */
export const userGetDescription: INodeProperties[] = [{ ...userLocator, displayOptions: showFor('user', ['get', 'update', 'replace', 'setPassword']) }];
