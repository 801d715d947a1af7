import { httpFailure, type ProviderError } from '../../shared/request-driver';

export type { ProviderError };
export type HttpFailure = ReturnType<typeof httpFailure>;
export { httpFailure };
