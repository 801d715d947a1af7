/** One route lists a conversation's messages and sends every kind of single message. */
export const MESSAGES_URL = '/tenants/{tenantId}/conversations/{conversationId}/messages/';
