import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { businessProfileGet } from './get';
import { businessProfileUpdate, businessProfileUpdateFields } from './update';
import { businessProfileUpdateAbout, businessProfileUpdateAboutFields } from './updateAbout';
import { businessProfileUpdatePhoto, businessProfileUpdatePhotoFields } from './updatePhoto';

export const businessProfileDescription: INodeProperties[] = [
	operationSelector('businessProfile', [businessProfileGet, businessProfileUpdate, businessProfileUpdateAbout, businessProfileUpdatePhoto], 'get'),
	...businessProfileUpdateFields,
	...businessProfileUpdateAboutFields,
	...businessProfileUpdatePhotoFields,
];
