import { httpFailure, type ProviderError } from '../../shared/request-pipeline';

export type { ProviderError };
export type HttpFailure = ReturnType<typeof httpFailure>;
export { httpFailure };
