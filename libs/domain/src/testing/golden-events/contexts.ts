import { ABSENCE_EVENT_TYPES } from '../../absences';
import { absenceGoldenDecisions } from '../../absences/testing/golden-decisions';
import { ACCESS_EVENT_TYPES } from '../../access';
import { accessGoldenDecisions } from '../../access/testing/golden-decisions';
import { CALENDAR_YEAR_EVENT_TYPES } from '../../calendar';
import { calendarGoldenDecisions } from '../../calendar/testing/golden-decisions';
import { DELEGATION_EVENT_TYPES } from '../../delegations';
import { delegationGoldenDecisions } from '../../delegations/testing/golden-decisions';
import { DIRECTIVE_EVENT_TYPES, MEETING_EVENT_TYPES } from '../../directives';
import { meetingGoldenDecisions } from '../../directives/testing/golden-decisions';
import { directiveTaskGoldenDecisions } from '../../directives/testing/task-golden-decisions';
import { DOCUMENT_EVENT_TYPES } from '../../document';
import { documentGoldenDecisions } from '../../document/testing/golden-decisions';
import { DOSSIER_EVENT_TYPES, RECEPTION_EVENT_TYPES } from '../../dossiers';
import { dossierGoldenDecisions } from '../../dossiers/testing/golden-decisions';
import { EXCHANGE_EVENT_TYPES } from '../../exchange';
import { exchangeGoldenDecisions } from '../../exchange/testing/golden-decisions';
import { HANDOVER_EVENT_TYPES } from '../../handover';
import { handoverGoldenDecisions } from '../../handover/testing/golden-decisions';
import { NOTICE_PREFERENCES_EVENT_TYPES } from '../../notices';
import { noticeGoldenDecisions } from '../../notices/testing/golden-decisions';
import { NUMBER_SERIES_EVENT_TYPES } from '../../numbering';
import { numberingGoldenDecisions } from '../../numbering/testing/golden-decisions';
import { ORGANISATION_EVENT_TYPES } from '../../organisation';
import { organisationGoldenDecisions } from '../../organisation/testing/golden-decisions';
import { SAVED_FILTER_EVENT_TYPES } from '../../preferences';
import { savedFilterGoldenDecisions } from '../../preferences/testing/golden-decisions';
import { INTERNAL_PROCESS_EVENT_TYPES, PROCEDURE_EVENT_TYPES } from '../../procedures';
import { PROGRAMME_EVENT_TYPES } from '../../programme';
import { programmeGoldenDecisions } from '../../programme/testing/golden-decisions';
import { procedureGoldenDecisions } from '../../procedures/testing/golden-decisions';
import {
  INTERNAL_AUDIT_EVENT_TYPES, LEGAL_CHANGE_EVENT_TYPES, MANAGEMENT_REVIEW_EVENT_TYPES, NC_PROPOSAL_EVENT_TYPES, NONCONFORMITY_EVENT_TYPES, QMS_DECLARATION_EVENT_TYPES,
  QUALITY_OBJECTIVES_EVENT_TYPES,
} from '../../quality';
import { qualityGoldenDecisions } from '../../quality/testing/golden-decisions';
import { ARCHIVE_DEPOSIT_EVENT_TYPES, CASE_FILE_EVENT_TYPES, FILE_PLAN_EVENT_TYPES, RETENTION_SCHEDULE_EVENT_TYPES } from '../../records';
import { recordsGoldenDecisions } from '../../records/testing/golden-decisions';
import { SCHEDULE_EVENT_TYPES } from '../../schedule';
import { scheduleGoldenDecisions } from '../../schedule/testing/golden-decisions';
import { SIGNATURE_EVENT_TYPES } from '../../signatures';
import { signatureGoldenDecisions } from '../../signatures/testing/golden-decisions';
import { fixturesOf, SHARED_FIXTURES, type GoldenContext } from './golden-decisions';

/*
 * The one registry of the domain's stored events, context by context: what each stores (its
 * `*_EVENT_TYPES`), where its fixtures are, and its golden decisions
 * (`libs/domain/src/<context>/testing/golden-decisions.ts`). A new context adds its line here, then
 * records its fixtures with `GOLDEN_EVENTS=write npx jest libs/domain/src/event-versions.spec.ts`;
 * the spec fails for any `*_EVENT_TYPES` list of the domain left out.
 */

export const GOLDEN_CONTEXTS: readonly GoldenContext[] = [
  { context: 'document', types: DOCUMENT_EVENT_TYPES, fixtures: SHARED_FIXTURES, decisions: documentGoldenDecisions },
  { context: 'numbering', types: NUMBER_SERIES_EVENT_TYPES, fixtures: SHARED_FIXTURES, decisions: numberingGoldenDecisions },
  { context: 'procedures', types: [...PROCEDURE_EVENT_TYPES, ...INTERNAL_PROCESS_EVENT_TYPES], fixtures: SHARED_FIXTURES, decisions: procedureGoldenDecisions },
  { context: 'dossiers', types: [...DOSSIER_EVENT_TYPES, ...RECEPTION_EVENT_TYPES], fixtures: SHARED_FIXTURES, decisions: dossierGoldenDecisions },
  { context: 'access', types: ACCESS_EVENT_TYPES, fixtures: SHARED_FIXTURES, decisions: accessGoldenDecisions },
  { context: 'calendar', types: CALENDAR_YEAR_EVENT_TYPES, fixtures: SHARED_FIXTURES, decisions: calendarGoldenDecisions },
  {
    context: 'quality',
    types: [
      ...LEGAL_CHANGE_EVENT_TYPES, ...NONCONFORMITY_EVENT_TYPES, ...INTERNAL_AUDIT_EVENT_TYPES, ...MANAGEMENT_REVIEW_EVENT_TYPES, ...QMS_DECLARATION_EVENT_TYPES,
      ...NC_PROPOSAL_EVENT_TYPES, ...QUALITY_OBJECTIVES_EVENT_TYPES,
    ],
    fixtures: fixturesOf('quality'),
    decisions: qualityGoldenDecisions,
  },
  { context: 'signatures', types: SIGNATURE_EVENT_TYPES, fixtures: fixturesOf('signatures'), decisions: signatureGoldenDecisions },
  { context: 'notices', types: NOTICE_PREFERENCES_EVENT_TYPES, fixtures: fixturesOf('notices'), decisions: noticeGoldenDecisions },
  { context: 'preferences', types: SAVED_FILTER_EVENT_TYPES, fixtures: fixturesOf('preferences'), decisions: savedFilterGoldenDecisions },
  { context: 'meetings', types: MEETING_EVENT_TYPES, fixtures: fixturesOf('directives'), decisions: meetingGoldenDecisions },
  { context: 'directives', types: DIRECTIVE_EVENT_TYPES, fixtures: fixturesOf('directives'), decisions: directiveTaskGoldenDecisions },
  { context: 'delegations', types: DELEGATION_EVENT_TYPES, fixtures: fixturesOf('delegations'), decisions: delegationGoldenDecisions },
  {
    context: 'records',
    types: [...RETENTION_SCHEDULE_EVENT_TYPES, ...FILE_PLAN_EVENT_TYPES, ...CASE_FILE_EVENT_TYPES, ...ARCHIVE_DEPOSIT_EVENT_TYPES],
    fixtures: fixturesOf('records'),
    decisions: recordsGoldenDecisions,
  },
  { context: 'handover', types: HANDOVER_EVENT_TYPES, fixtures: fixturesOf('handover'), decisions: handoverGoldenDecisions },
  { context: 'exchange', types: EXCHANGE_EVENT_TYPES, fixtures: fixturesOf('exchange'), decisions: exchangeGoldenDecisions },
  { context: 'organisation', types: ORGANISATION_EVENT_TYPES, fixtures: fixturesOf('organisation'), decisions: organisationGoldenDecisions },
  { context: 'programme', types: PROGRAMME_EVENT_TYPES, fixtures: fixturesOf('programme'), decisions: programmeGoldenDecisions },
  { context: 'absences', types: ABSENCE_EVENT_TYPES, fixtures: fixturesOf('absences'), decisions: absenceGoldenDecisions },
  { context: 'schedule', types: SCHEDULE_EVENT_TYPES, fixtures: fixturesOf('schedule'), decisions: scheduleGoldenDecisions },
];
