import type { Projection } from './projection';

/** Every read model's projection, one each. */
export const PROJECTIONS: readonly Projection[] = [];
