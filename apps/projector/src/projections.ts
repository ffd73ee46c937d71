import { accessLogProjection } from '@office/audit/access-log/access-log.projection';
import { directivesProjection, dossiersProjection, noticesProjection, meetingsProjection, procedureCatalogueProjection, receptionsProjection, type Projection } from '@office/read-models';
import { internalAuditsProjection, legalChangesProjection, managementReviewsProjection, ncProposalsProjection, nonconformitiesProjection, qmsDeclarationsProjection } from '@office/read-models';
import { documentSummariesProjection } from '@office/read-models';
import { incomingRegisterProjection } from '@office/read-models';
import { outgoingRegisterProjection } from '@office/read-models';
import { processStepsProjection } from '@office/read-models';
import { attachmentsProjection } from '@office/read-models';
import { qualityObjectivesProjection } from '@office/read-models';
import { delegationsProjection, signaturesProjection } from '@office/read-models';
import { absencesProjection } from '@office/read-models';
import { handoversProjection } from '@office/read-models';
import { exchangeProjection } from '@office/read-models';
import { caseFilesProjection } from '@office/read-models';
import { scheduleProjection } from '@office/read-models';
import { programmeProjection } from '@office/read-models';
import { internalProcessesProjection } from '@office/read-models';

/** Every read model's projection, one each. */
export const PROJECTIONS: readonly Projection[] = [
  documentSummariesProjection,
  incomingRegisterProjection,
  outgoingRegisterProjection,
  processStepsProjection(),
  accessLogProjection,
  procedureCatalogueProjection,
  internalProcessesProjection,
  dossiersProjection,
  receptionsProjection,
  directivesProjection,
  meetingsProjection,
  legalChangesProjection,
  nonconformitiesProjection,
  internalAuditsProjection,
  managementReviewsProjection,
  qmsDeclarationsProjection,
  ncProposalsProjection,
  qualityObjectivesProjection,
  noticesProjection,
  attachmentsProjection,
  handoversProjection,
  delegationsProjection,
  signaturesProjection,
  absencesProjection,
  exchangeProjection,
  caseFilesProjection,
  scheduleProjection,
  programmeProjection,
];
