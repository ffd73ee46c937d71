import { ApiOkResponse } from '@nestjs/swagger';
import { NOTICE_KINDS } from '@office/domain';
import { arrayOf, bool, day, instant, int, mapOf, named, nullable, object, oneOf, position, projected, text, uuid } from '../http/open-api-schemas';

/** The success answers of /api/me/counters, notices and notice preferences, for OpenAPI. */
const TALLY_FIELDS = { total: int, overdue: int, dueSoon: { ...int, description: 'due within one working day' } };
const TALLY = named('PendingTally', object(TALLY_FIELDS));
const BY_STEP = (description: string) => object({ ...TALLY_FIELDS, steps: mapOf(TALLY, description) });

export const COUNTERS = projected(
  {
    today: day,
    total: TALLY,
    documents: BY_STEP('distribute, assign, appraise, initial, sign, issue, supplement'),
    dossiers: BY_STEP('the one-stop queue actions the caller holds'),
    directives: TALLY,
  },
  ['dossiers', 'directives'],
);

const NOTICE_FIELDS = {
  id: uuid,
  kind: oneOf(...NOTICE_KINDS),
  subjectStream: text('the stream the notice is about'),
  title: text('in Vietnamese'),
  link: text('path of the item in the web app'),
  dueOn: nullable(day),
  createdAt: instant,
  readAt: nullable(instant),
  position: nullable({ ...position, description: 'global position of the event that caused it (null for the sweep’s)' }),
};
const NOTICE = named('Notice', object(NOTICE_FIELDS));

export const NOTICE_LIST = object({ items: arrayOf(NOTICE), unread: int });
export const NOTICE_READ = object({ ...NOTICE_FIELDS, unread: int });
export const NOTICES_READ = object({ marked: int, unread: int });

const SWITCHES = object(Object.fromEntries(NOTICE_KINDS.map((kind) => [kind, bool])));
export const PREFERENCES = object({ inApp: SWITCHES, email: SWITCHES, chosen: { ...bool, description: 'false: the defaults (never chosen)' } });
export const PREFERENCES_CHANGED = object({ revision: position, changed: { ...bool, description: 'false: the same choice again, nothing recorded' } });

/** 200 text/event-stream. */
export const AnswersEventStream = () =>
  ApiOkResponse({ description: 'server-sent events: `unread`, `notice`, `resync`; comment lines as heartbeat', content: { 'text/event-stream': { schema: { type: 'string' } } } });
