import type { DirectiveRegistered, DocumentEvent, DossierReceived, DossierTransferred, NoticeKind, NoticePreferences, NoticePreferencesChanged } from '@office/domain';
import { DEFAULT_NOTICE_PREFERENCES } from '@office/domain';
import type { RecordedEvent } from '@office/event-store';
import type { EntityManager } from 'typeorm';
import { noticeId } from './notice-ids';
import { insertNotices, noticeRows, type NoticeDraft, type StoredNotice } from './notice-writer';

/** What names an item in a notice, and who handles it (rm_notice_subjects). */
interface Subject {
  label: string;
  link: string;
  field_code: string | null;
  specialist_id: string | null;
  last_position: string;
}

/** Who gets a notice of what: recipients (user ids) and the words of its title. */
interface Announcement {
  kind: NoticeKind;
  to: string[];
  title: string;
}

/** The organisation as the notices need it: read once per batch (a few hundred rows at most). */
interface Staff {
  officeLeaderOfField: Map<string, string>;
  headsOfDepartment: Map<string, string[]>;
  clerks: string[];
}

type Preference = { prefs: NoticePreferences; lastPosition: bigint };

/**
 * The notices of one batch of events, worked out in memory and written with one statement per
 * table: the subjects and preferences the batch touches are read in one query each, then every
 * event is applied in log order (a preference changed mid-batch governs the notices after it, as
 * it would event by event), then the changed rows are written. A rebuild of a million events thus
 * makes a handful of round trips per 5,000-event batch instead of four or five per event.
 */
export class NoticeBatch {
  private readonly changedSubjects = new Set<string>();
  private readonly changedPreferences = new Set<string>();
  private readonly changedAt = new Map<string, string>();
  private readonly rows: StoredNotice[] = [];

  private constructor(
    private readonly subjects: Map<string, Subject>,
    private readonly preferences: Map<string, Preference>,
    private readonly staff: Staff,
  ) {}

  static async load(events: readonly RecordedEvent[], tx: EntityManager): Promise<NoticeBatch> {
    const streams = [...new Set(events.map((e) => e.streamId))];
    // One after another: a transaction is one connection, which runs one query at a time anyway.
    const subjects: Array<Subject & { stream: string }> = await tx.query('SELECT stream, label, link, field_code, specialist_id, last_position::text FROM rm_notice_subjects WHERE stream = ANY($1::text[])', [streams]);
    const preferences: Array<{ user_id: string; in_app: NoticePreferences['inApp']; email: NoticePreferences['email']; last_position: string }> = await tx.query('SELECT user_id, in_app, email, last_position::text FROM rm_notice_preferences');
    const fields: Array<{ code: string; id: string | null }> = await tx.query('SELECT code, office_leader_id AS id FROM org_fields');
    const heads: Array<{ id: string; department_id: string }> = await tx.query(`SELECT id, department_id FROM org_users WHERE 'department_head' = ANY(roles) ORDER BY id`);
    const clerks: Array<{ id: string }> = await tx.query(`SELECT id FROM org_users WHERE 'clerk' = ANY(roles) ORDER BY id`);
    const headsOfDepartment = new Map<string, string[]>();
    for (const { id, department_id } of heads) headsOfDepartment.set(department_id, [...(headsOfDepartment.get(department_id) ?? []), id]);
    return new NoticeBatch(
      new Map(subjects.map(({ stream, ...subject }) => [stream, subject])),
      new Map(preferences.map((p) => [p.user_id, { prefs: { inApp: p.in_app, email: p.email }, lastPosition: BigInt(p.last_position) }])),
      { officeLeaderOfField: new Map(fields.flatMap((f) => (f.id === null ? [] : [[f.code, f.id] as const]))), headsOfDepartment, clerks: clerks.map((c) => c.id) },
    );
  }

  apply(recorded: RecordedEvent): void {
    if (recorded.type === 'NoticePreferencesChanged') return this.changePreferences(recorded);
    this.remember(recorded);
    const subject = this.subjects.get(recorded.streamId);
    if (!subject) return;
    const announcement = this.announce(recorded, subject);
    if (!announcement) return;
    const by = (recorded.data as { by?: string }).by;
    const at = (recorded.data as { at?: string }).at ?? recorded.recordedAt;
    const drafts: NoticeDraft[] = [...new Set(announcement.to)]
      .filter((userId) => userId !== by)
      .map((userId) => ({
        id: noticeId(recorded.eventId, userId, announcement.kind), userId, kind: announcement.kind, subjectStream: recorded.streamId, title: announcement.title,
        link: subject.link, dueOn: null, createdAt: at, sourcePosition: recorded.position,
      }));
    this.rows.push(...noticeRows(drafts, (userId) => this.preferences.get(userId)?.prefs ?? DEFAULT_NOTICE_PREFERENCES));
  }

  /** Writes the batch: subjects, preferences, then the notices (announced when the transaction commits). */
  async write(tx: EntityManager): Promise<void> {
    const subjects = [...this.changedSubjects].map((stream) => ({ stream, ...this.subjects.get(stream)! }));
    if (subjects.length > 0) {
      await tx.query(
        `INSERT INTO rm_notice_subjects (stream, label, link, field_code, specialist_id, last_position)
           SELECT stream, label, link, field_code, specialist_id, last_position
             FROM json_to_recordset($1::json) AS r(stream text, label text, link text, field_code text, specialist_id uuid, last_position bigint)
         ON CONFLICT (stream) DO UPDATE SET specialist_id = EXCLUDED.specialist_id, last_position = EXCLUDED.last_position
           WHERE rm_notice_subjects.last_position < EXCLUDED.last_position`,
        [JSON.stringify(subjects)],
      );
    }
    const preferences = [...this.changedPreferences].map((userId) => {
      const { prefs, lastPosition } = this.preferences.get(userId)!;
      return { user_id: userId, in_app: prefs.inApp, email: prefs.email, changed_at: this.changedAt.get(userId), last_position: lastPosition.toString() };
    });
    if (preferences.length > 0) {
      await tx.query(
        `INSERT INTO rm_notice_preferences (user_id, in_app, email, changed_at, last_position)
           SELECT user_id, in_app, email, changed_at, last_position
             FROM json_to_recordset($1::json) AS r(user_id uuid, in_app jsonb, email jsonb, changed_at timestamptz, last_position bigint)
         ON CONFLICT (user_id) DO UPDATE SET in_app = EXCLUDED.in_app, email = EXCLUDED.email, changed_at = EXCLUDED.changed_at, last_position = EXCLUDED.last_position
           WHERE rm_notice_preferences.last_position < EXCLUDED.last_position`,
        [JSON.stringify(preferences)],
      );
    }
    await insertNotices(tx, this.rows);
  }

  private changePreferences(recorded: RecordedEvent): void {
    const { data } = recorded as unknown as NoticePreferencesChanged;
    const known = this.preferences.get(data.userId);
    if (known && known.lastPosition >= recorded.position) return; // already applied: a replay changes nothing
    this.preferences.set(data.userId, { prefs: { inApp: data.inApp, email: data.email }, lastPosition: recorded.position });
    this.changedAt.set(data.userId, data.at);
    this.changedPreferences.add(data.userId);
  }

  /** Keeps what names the item (from its first event) and who handles it (the specialist assigned). */
  private remember(recorded: RecordedEvent): void {
    const stream = recorded.streamId;
    const position = recorded.position.toString();
    const event = recorded as unknown as DocumentEvent | DossierReceived | DossierTransferred | DirectiveRegistered;
    let named: Pick<Subject, 'label' | 'link' | 'field_code'> | null = null;
    if (event.type === 'DocumentReceived') named = { label: `văn bản đến số ${event.data.incomingNumber}/${event.data.incomingYear} (${event.data.excerpt})`, link: `/van-ban/${event.data.documentId}`, field_code: event.data.fieldCode };
    if (event.type === 'DossierReceived') named = { label: `hồ sơ ${event.data.code} (${event.data.procedure.name})`, link: `/ho-so/${event.data.dossierId}`, field_code: null };
    if (event.type === 'DirectiveRegistered') named = { label: `nhiệm vụ “${event.data.content}”`, link: `/nhiem-vu/${event.data.directiveId}`, field_code: event.data.fieldCode };
    if (named && !this.subjects.has(stream)) {
      this.subjects.set(stream, { ...named, specialist_id: null, last_position: position });
      this.changedSubjects.add(stream);
    }
    const subject = this.subjects.get(stream);
    if (event.type === 'DocumentAssigned' && subject && BigInt(subject.last_position) < recorded.position) {
      this.subjects.set(stream, { ...subject, specialist_id: event.data.specialistId, last_position: position });
      this.changedSubjects.add(stream);
    }
  }

  private announce(recorded: RecordedEvent, subject: Subject): Announcement | null {
    const event = recorded as unknown as DocumentEvent | DossierTransferred | DirectiveRegistered;
    const what = subject.label;
    const leader = subject.field_code === null ? undefined : this.staff.officeLeaderOfField.get(subject.field_code);
    const officeLeader = () => (leader ? [leader] : []);
    const heads = (departmentId: string) => this.staff.headsOfDepartment.get(departmentId) ?? [];
    switch (event.type) {
      case 'DocumentReceived':
        return { kind: 'new_work', to: officeLeader(), title: `Chờ phân phối: ${what}` };
      case 'DocumentReturned':
        return { kind: 'new_work', to: officeLeader(), title: `Chuyển trả, chờ phân phối lại: ${what}` };
      case 'DocumentDistributed':
        return { kind: 'new_work', to: heads(event.data.departmentId), title: `Chờ giao chuyên viên: ${what}` };
      case 'DocumentAssigned':
        return { kind: 'new_work', to: [event.data.specialistId], title: `Được giao xử lý: ${what}` };
      case 'DocumentSubmitted':
        return { kind: 'new_work', to: officeLeader(), title: `Phiếu trình chờ ký nháy: ${what}` };
      case 'SubmissionInitialled':
        return { kind: 'new_work', to: [event.data.leaderId], title: `Chờ ký ban hành: ${what}` };
      case 'DocumentSigned':
        return { kind: 'new_work', to: this.staff.clerks, title: `Đã ký, chờ phát hành: ${what}` };
      case 'SubmissionReturned':
        return { kind: 'returned', to: subject.specialist_id ? [subject.specialist_id] : [], title: `Phiếu trình bị trả lại: ${what} — ${event.data.note}` };
      case 'SubmissionRejected':
        return { kind: 'returned', to: subject.specialist_id ? [subject.specialist_id] : [], title: `Lãnh đạo không ký, trả lại: ${what} — ${event.data.note}` };
      case 'DossierTransferred': {
        const to = event.data.toUserId ? [event.data.toUserId] : event.data.toUnitId ? heads(event.data.toUnitId) : [];
        return { kind: 'new_work', to, title: `Được chuyển đến: ${what}` };
      }
      case 'DirectiveRegistered':
        return { kind: 'new_work', to: [event.data.followUpSpecialistId], title: `Được giao theo dõi ${what}` };
      default:
        return null;
    }
  }
}
