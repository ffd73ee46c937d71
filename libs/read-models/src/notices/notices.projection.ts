import { NOTICE_PREFERENCES_EVENT_TYPES } from '@office/domain';
import type { Projection } from '../projection';
import { PROJECTION_NAMES } from '../projection-names';
import { NoticeBatch } from './notice-batch';

/** The events that give someone work, name an item, or change what a person wants to be told. */
const HANDLED = [
  'DocumentReceived', 'DocumentDistributed', 'DocumentAssigned', 'DocumentReturned', 'DocumentSubmitted', 'SubmissionInitialled', 'SubmissionReturned',
  'DocumentSigned', 'SubmissionRejected', 'DossierReceived', 'DossierTransferred', 'DirectiveRegistered', ...NOTICE_PREFERENCES_EVENT_TYPES,
] as const;

/**
 * `notices.v1`: the notices of new work (distributed → the department's head, assigned → the
 * specialist, submitted → the office leader to initial, initialled → the leader to sign, signed →
 * the clerks to issue, a dossier handed to a person or a unit, a directive to its follow-up
 * specialist) and of work returned (a submission returned or rejected → the specialist), in the
 * person's chosen channels. It keeps, beside them, what names each item (rm_notice_subjects) and
 * each person's preferences, so that a notice follows the preference in force at its place in
 * the log. Nobody is told of their own step. Writes are keyed by derived ids or guarded by
 * position: a replay changes nothing and announces nothing.
 */
export const noticesProjection: Projection = {
  name: PROJECTION_NAMES.notices,
  handles: new Set<string>(HANDLED),
  tables: ['rm_notices', 'rm_notice_preferences', 'rm_notice_subjects'],
  async apply(events, tx) {
    const batch = await NoticeBatch.load(events, tx);
    for (const event of events) batch.apply(event);
    await batch.write(tx);
  },
};
