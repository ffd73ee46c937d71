import { dueStanding, hasRole, localDateOf, type DueStanding, type LocalDate, type WorkingCalendar } from '@office/domain';
import { calendarInForce } from '../calendar/calendar-in-force';
import type { DataSource } from 'typeorm';
import { DirectiveQueries } from '../directives/task-register/directive.queries';
import { documentQueueActionSql, documentQueueDueSql, documentVisibleSql, type DocumentQueueAction, type QueueViewer } from '../documents/document-queue';
import { DossierQueries } from '../onestop/dossiers/dossier.queries';
import { Sql } from '../sql/sql';

/** The steps a person counts documents by; a queue action belongs to one of them. */
export const DOCUMENT_STEPS = ['distribute', 'assign', 'appraise', 'initial', 'sign', 'issue', 'supplement'] as const;
export type DocumentStep = (typeof DOCUMENT_STEPS)[number];

const STEP_OF: Record<DocumentQueueAction, DocumentStep> = {
  distribute: 'distribute',
  assign: 'assign',
  // Appraising, asking for a supplement and submitting are the specialist's one piece of work on the document.
  appraise: 'appraise',
  'request-supplement': 'appraise',
  submit: 'appraise',
  initial: 'initial',
  sign: 'sign',
  issue: 'issue',
  'receive-supplement': 'supplement',
};

export type WorkArea = 'documents' | 'dossiers' | 'directives';

/** One item waiting for the person, with where it stands against its due day. */
export interface WaitingItem {
  area: WorkArea;
  /** The document step, the dossier queue action, or `follow_up` for a directive. */
  step: string;
  stream: string;
  label: string;
  link: string;
  due: LocalDate | null;
  standing: DueStanding;
}

export interface Tally {
  total: number;
  overdue: number;
  dueSoon: number;
}

export interface PendingCounters {
  /** The day (Asia/Ho_Chi_Minh) the standings are as of. */
  today: LocalDate;
  total: Tally;
  documents: Tally & { steps: Record<DocumentStep, Tally> };
  /** Only for people who can hold dossiers' work (the desk) or hold some now. */
  dossiers?: Tally & { steps: Record<string, Tally> };
  /** Only for people who follow directives (specialists) or follow some now. */
  directives?: Tally;
}

interface DocumentRecord {
  id: string;
  incoming_number: number;
  incoming_year: number;
  excerpt: string;
  /** The due day of this person's own step (`documentQueueDueSql`), not the document's earliest. */
  step_due: string | null;
  action: DocumentQueueAction;
}

/**
 * What waits for one person, from the very definitions of their queues: documents by
 * `documentQueueActionSql` (GET /api/me/queue), dossiers by `DossierQueries.queue` (GET
 * /api/onestop/queue, without the items the desk only watches), directives by the follow-up
 * queue of `DirectiveQueries.mine`. Counted for the navigation's badges; listed for the sweep.
 */
export class PendingWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
    /** Asked at each count: a version approved meanwhile counts from the next one. */
    private readonly calendar: () => WorkingCalendar = calendarInForce,
  ) {}

  today(): LocalDate {
    return localDateOf(this.clock());
  }

  async items(viewer: QueueViewer): Promise<WaitingItem[]> {
    const [documents, dossiers, directives] = await Promise.all([this.documents(viewer), this.dossiers(viewer), this.directives(viewer)]);
    return [...documents, ...dossiers, ...directives];
  }

  async counters(viewer: QueueViewer): Promise<PendingCounters> {
    const items = await this.items(viewer);
    const of = (area: WorkArea) => items.filter((i) => i.area === area);
    const steps = Object.fromEntries(DOCUMENT_STEPS.map((step) => [step, tally(of('documents').filter((i) => i.step === step))])) as Record<DocumentStep, Tally>;
    const counters: PendingCounters = { today: this.today(), total: tally(items), documents: { ...tally(of('documents')), steps } };
    if (of('dossiers').length > 0 || hasRole(viewer, 'onestop_officer')) {
      const dossierSteps: Record<string, Tally> = {};
      for (const step of new Set(of('dossiers').map((i) => i.step))) dossierSteps[step] = tally(of('dossiers').filter((i) => i.step === step));
      counters.dossiers = { ...tally(of('dossiers')), steps: dossierSteps };
    }
    if (of('directives').length > 0 || hasRole(viewer, 'specialist')) counters.directives = tally(of('directives'));
    return counters;
  }

  private async documents(person: QueueViewer): Promise<WaitingItem[]> {
    // A deputy's delegations are judged at this clock (DOMAIN.md §10).
    const viewer = { ...person, at: person.at ?? this.clock().toISOString() };
    const sql = new Sql();
    const rows: DocumentRecord[] = await this.dataSource.query(
      `SELECT q.id, q.incoming_number, q.incoming_year, q.excerpt, q.action, ${documentQueueDueSql('q')}::text AS step_due
         FROM (SELECT d.id, d.incoming_number, d.incoming_year, d.excerpt, d.deadlines, ${documentQueueActionSql(sql, viewer)} AS action
          FROM rm_document_summaries d LEFT JOIN org_fields f ON f.code = d.field_code WHERE ${documentVisibleSql(sql, viewer)}) q
        WHERE q.action IS NOT NULL`,
      sql.params,
    );
    const today = this.today();
    return rows.map((r) => ({
      area: 'documents', step: STEP_OF[r.action], stream: `document-${r.id}`, label: `văn bản đến số ${r.incoming_number}/${r.incoming_year} (${r.excerpt})`,
      link: `/van-ban/${r.id}`, due: r.step_due, standing: dueStanding(r.step_due, today, this.calendar()),
    }));
  }

  private async dossiers(viewer: QueueViewer): Promise<WaitingItem[]> {
    const { items } = await new DossierQueries(this.dataSource, this.clock).queue(viewer);
    const today = this.today();
    return items
      .filter((item) => item.action !== 'monitor')
      .map((item) => ({
        area: 'dossiers', step: item.action, stream: `dossier-${item.id}`, label: `hồ sơ ${item.code ?? item.id} (${item.procedure.name ?? item.procedure.code})`,
        link: `/ho-so/${item.id}`, due: item.dueDate, standing: item.classification === 'overdue' ? 'overdue' : dueStanding(item.dueDate, today, this.calendar()),
      }));
  }

  private async directives(viewer: QueueViewer): Promise<WaitingItem[]> {
    const { following } = await new DirectiveQueries(this.dataSource, this.clock).mine(viewer.id);
    const today = this.today();
    return following.items.map((item) => ({
      area: 'directives', step: 'follow_up', stream: `directive-${item.id}`, label: `nhiệm vụ “${item.content}”`, link: `/nhiem-vu/${item.id}`, due: item.dueDate,
      standing: item.outcome === 'not_done_overdue' ? 'overdue' : dueStanding(item.dueDate, today, this.calendar()),
    }));
  }
}

function tally(items: readonly WaitingItem[]): Tally {
  return { total: items.length, overdue: items.filter((i) => i.standing === 'overdue').length, dueSoon: items.filter((i) => i.standing === 'due_soon').length };
}
