import { setPath } from '../../shared/descriptions';

export const webhookPath = setPath((ctx) => `/webhooks/waba/${ctx.getNodeParameter('webhookId') as number}/`);
