import { accessLogProjection } from '@office/audit/access-log/access-log.projection';
import type { Projection } from './projection';
import { documentSummariesProjection } from './projections/document-summaries.projection';
import { incomingRegisterProjection } from './projections/incoming-register.projection';
import { outgoingRegisterProjection } from './projections/outgoing-register.projection';
import { processStepsProjection } from './projections/process-steps.projection';

/** Every read model's projection, one each. */
export const PROJECTIONS: readonly Projection[] = [
  documentSummariesProjection,
  incomingRegisterProjection,
  outgoingRegisterProjection,
  processStepsProjection(),
  accessLogProjection,
];
