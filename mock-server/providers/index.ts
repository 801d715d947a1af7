import type { ProviderFactory } from '../core/types';
import { mehery } from './mehery';
import { parley } from './parley';
import { social25 } from './social25';
import { spotler } from './spotler';
import { wabbit } from './wabbit';

/** Every emulated provider, by the URL slug it is served under. */
export const PROVIDERS: Record<string, ProviderFactory> = { social25, parley, mehery, wabbit, spotler };
