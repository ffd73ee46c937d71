/**
 * Names of the projections behind each read model, shared by the projector (which owns the
 * checkpoints) and the API (which reports and waits for them). A new version rebuilds from zero.
 */
export const PROJECTION_NAMES = {
  documentSummaries: 'document-summaries.v1',
  incomingRegister: 'incoming-register.v1',
  outgoingRegister: 'outgoing-register.v1',
  processSteps: 'process-steps.v1',
  procedureCatalogue: 'procedure-catalogue.v1',
  internalProcesses: 'internal-processes.v1',
  dossiers: 'dossiers.v1',
  receptions: 'receptions.v1',
  directives: 'directives.v1',
  meetings: 'meetings.v1',
  qualityLegalChanges: 'quality-legal-changes.v1',
  qualityNonconformities: 'quality-nonconformities.v1',
  qualityAudits: 'quality-audits.v1',
  qualityReviews: 'quality-reviews.v1',
  qualityDeclarations: 'quality-declarations.v1',
  attachments: 'attachments.v1',
  notices: 'notices.v1',
  qualityNcProposals: 'quality-nc-proposals.v1',
  qualityObjectives: 'quality-objectives.v1',
  handovers: 'handovers.v1',
  delegations: 'delegations.v1',
  absences: 'absences.v1',
  signatures: 'signatures.v1',
  exchange: 'exchange.v1',
  caseFiles: 'case-files.v1',
  programme: 'programme.v1',
  schedule: 'schedule.v1',
} as const;

export type ProjectionName = (typeof PROJECTION_NAMES)[keyof typeof PROJECTION_NAMES];
