import {
  NOTICE_PREFERENCES_EVENT_TYPES, type DirectiveRegistered, type DocumentEvent, type DossierReceived, type DossierTransferred, type NoticeKind,
  type NoticePreferencesChanged,
} from '@office/domain';
import type { RecordedEvent } from '@office/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../projection';
import { PROJECTION_NAMES } from '../projection-names';
import { noticeId } from './notice-ids';
import { writeNotices, type NoticeDraft } from './notice-writer';

/** The events that give someone work, name an item, or change what a person wants to be told. */
const HANDLED = [
  'DocumentReceived', 'DocumentDistributed', 'DocumentAssigned', 'DocumentReturned', 'DocumentSubmitted', 'SubmissionInitialled', 'SubmissionReturned',
  'DocumentSigned', 'SubmissionRejected', 'DossierReceived', 'DossierTransferred', 'DirectiveRegistered', ...NOTICE_PREFERENCES_EVENT_TYPES,
] as const;

interface Subject {
  label: string;
  link: string;
  field_code: string | null;
  specialist_id: string | null;
}

/** Who gets a notice of what: recipients (user ids) and the words of its title. */
interface Announcement {
  kind: NoticeKind;
  to: string[];
  title: string;
}

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
    for (const event of events) await applyOne(event, tx);
  },
};

async function applyOne(recorded: RecordedEvent, tx: EntityManager): Promise<void> {
  if (recorded.type === 'NoticePreferencesChanged') return savePreferences(recorded, tx);
  await remember(recorded, tx);
  const subject = await subjectOf(recorded.streamId, tx);
  if (!subject) return;
  const announcement = await announce(recorded, subject, tx);
  if (!announcement) return;
  const by = (recorded.data as { by?: string }).by;
  const at = (recorded.data as { at?: string }).at ?? recorded.recordedAt;
  const drafts: NoticeDraft[] = [...new Set(announcement.to)]
    .filter((userId) => userId !== by)
    .map((userId) => ({
      id: noticeId(recorded.eventId, userId, announcement.kind), userId, kind: announcement.kind, subjectStream: recorded.streamId, title: announcement.title,
      link: subject.link, dueOn: null, createdAt: at, sourcePosition: recorded.position,
    }));
  await writeNotices(tx, drafts);
}

async function savePreferences(recorded: RecordedEvent, tx: EntityManager): Promise<void> {
  const { data } = recorded as unknown as NoticePreferencesChanged;
  await tx.query(
    `INSERT INTO rm_notice_preferences (user_id, in_app, email, changed_at, last_position) VALUES ($1, $2::jsonb, $3::jsonb, $4, $5)
      ON CONFLICT (user_id) DO UPDATE SET in_app = EXCLUDED.in_app, email = EXCLUDED.email, changed_at = EXCLUDED.changed_at, last_position = EXCLUDED.last_position
      WHERE rm_notice_preferences.last_position < EXCLUDED.last_position`,
    [data.userId, JSON.stringify(data.inApp), JSON.stringify(data.email), data.at, recorded.position.toString()],
  );
}

/** Keeps what names the item (from its first event) and who handles it (the specialist assigned). */
async function remember(recorded: RecordedEvent, tx: EntityManager): Promise<void> {
  const stream = recorded.streamId;
  const position = recorded.position.toString();
  const event = recorded as unknown as DocumentEvent | DossierReceived | DossierTransferred | DirectiveRegistered;
  let named: { label: string; link: string; field: string | null } | null = null;
  if (event.type === 'DocumentReceived') named = { label: `văn bản đến số ${event.data.incomingNumber}/${event.data.incomingYear} (${event.data.excerpt})`, link: `/van-ban/${event.data.documentId}`, field: event.data.fieldCode };
  if (event.type === 'DossierReceived') named = { label: `hồ sơ ${event.data.code} (${event.data.procedure.name})`, link: `/ho-so/${event.data.dossierId}`, field: null };
  if (event.type === 'DirectiveRegistered') named = { label: `nhiệm vụ “${event.data.content}”`, link: `/nhiem-vu/${event.data.directiveId}`, field: event.data.fieldCode };
  if (named) {
    await tx.query(
      `INSERT INTO rm_notice_subjects (stream, label, link, field_code, specialist_id, last_position) VALUES ($1, $2, $3, $4, NULL, $5)
        ON CONFLICT (stream) DO NOTHING`,
      [stream, named.label, named.link, named.field, position],
    );
  }
  if (event.type === 'DocumentAssigned') {
    await tx.query('UPDATE rm_notice_subjects SET specialist_id = $2, last_position = $3 WHERE stream = $1 AND last_position < $3', [stream, event.data.specialistId, position]);
  }
}

async function subjectOf(stream: string, tx: EntityManager): Promise<Subject | null> {
  const [row]: Subject[] = await tx.query('SELECT label, link, field_code, specialist_id FROM rm_notice_subjects WHERE stream = $1', [stream]);
  return row ?? null;
}

async function announce(recorded: RecordedEvent, subject: Subject, tx: EntityManager): Promise<Announcement | null> {
  const event = recorded as unknown as DocumentEvent | DossierTransferred | DirectiveRegistered;
  const what = subject.label;
  switch (event.type) {
    case 'DocumentReceived':
      return { kind: 'new_work', to: await officeLeaderOf(subject.field_code, tx), title: `Chờ phân phối: ${what}` };
    case 'DocumentReturned':
      return { kind: 'new_work', to: await officeLeaderOf(subject.field_code, tx), title: `Chuyển trả, chờ phân phối lại: ${what}` };
    case 'DocumentDistributed':
      return { kind: 'new_work', to: await headsOf(event.data.departmentId, tx), title: `Chờ giao chuyên viên: ${what}` };
    case 'DocumentAssigned':
      return { kind: 'new_work', to: [event.data.specialistId], title: `Được giao xử lý: ${what}` };
    case 'DocumentSubmitted':
      return { kind: 'new_work', to: await officeLeaderOf(subject.field_code, tx), title: `Phiếu trình chờ ký nháy: ${what}` };
    case 'SubmissionInitialled':
      return { kind: 'new_work', to: [event.data.leaderId], title: `Chờ ký ban hành: ${what}` };
    case 'DocumentSigned':
      return { kind: 'new_work', to: await clerks(tx), title: `Đã ký, chờ phát hành: ${what}` };
    case 'SubmissionReturned':
      return { kind: 'returned', to: subject.specialist_id ? [subject.specialist_id] : [], title: `Phiếu trình bị trả lại: ${what} — ${event.data.note}` };
    case 'SubmissionRejected':
      return { kind: 'returned', to: subject.specialist_id ? [subject.specialist_id] : [], title: `Lãnh đạo không ký, trả lại: ${what} — ${event.data.note}` };
    case 'DossierTransferred': {
      const to = event.data.toUserId ? [event.data.toUserId] : event.data.toUnitId ? await headsOf(event.data.toUnitId, tx) : [];
      return { kind: 'new_work', to, title: `Được chuyển đến: ${what}` };
    }
    case 'DirectiveRegistered':
      return { kind: 'new_work', to: [event.data.followUpSpecialistId], title: `Được giao theo dõi ${what}` };
    default:
      return null;
  }
}

async function officeLeaderOf(fieldCode: string | null, tx: EntityManager): Promise<string[]> {
  if (!fieldCode) return [];
  const rows: Array<{ id: string }> = await tx.query('SELECT office_leader_id AS id FROM org_fields WHERE code = $1', [fieldCode]);
  return rows.map((r) => r.id);
}

async function headsOf(departmentId: string, tx: EntityManager): Promise<string[]> {
  const rows: Array<{ id: string }> = await tx.query(`SELECT id FROM org_users WHERE department_id = $1 AND 'department_head' = ANY(roles) ORDER BY id`, [departmentId]);
  return rows.map((r) => r.id);
}

async function clerks(tx: EntityManager): Promise<string[]> {
  const rows: Array<{ id: string }> = await tx.query(`SELECT id FROM org_users WHERE 'clerk' = ANY(roles) ORDER BY id`);
  return rows.map((r) => r.id);
}
