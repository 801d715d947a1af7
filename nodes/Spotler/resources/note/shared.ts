import type { INodeProperties } from 'n8n-workflow';

export const noteIdField: INodeProperties = {
	displayName: 'Note ID',
	name: 'noteId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '0c3d6c1e-7d1a-4b8e-9d4f-1b2c3d4e5f60',
	description: 'The ID of the note (from Note → Get Many)',
};
