import {
  delegationStatusAt, grantOf, localDateOf, notFound, type DelegationGrant, type DelegationKind, type DelegationState, type LocalDate, type RecordedDelegation,
} from '@office/domain';
import type { DataSource } from 'typeorm';
import { Sql } from '../sql/sql';

/** in_force at the instant asked; past: expired or revoked by then; upcoming: not yet begun. */
export const DELEGATION_LIST_STATUSES = ['in_force', 'past', 'upcoming', 'all'] as const;
export type DelegationListStatus = (typeof DELEGATION_LIST_STATUSES)[number];

export interface DelegationSummary {
  id: string;
  kind: DelegationKind;
  grantor: { id: string; name: string | null };
  grantee: { id: string; name: string | null };
  onBehalfOfTitle: string;
  instrument: { symbol: string; date: LocalDate };
  validFrom: LocalDate;
  validTo: LocalDate | null;
  scope: { fieldCodes: string[]; documentTypes: string[] };
  regulationClause: string | null;
  absence: { from: LocalDate; to: LocalDate } | null;
  recordedAt: string;
  revocation: { reason: string; by: string; at: string } | null;
  /** Where it stands at the instant asked. */
  status: ReturnType<typeof delegationStatusAt>;
  state: RecordedDelegation;
}

export interface DelegationListFilter {
  /** The instant "in force" is judged at. */
  at: string;
  status?: DelegationListStatus;
  /** Delegations this person gives or holds. */
  userId?: string;
}

type Record = { state: RecordedDelegation; grantor_name: string | null; grantee_name: string | null };

const SELECT = `SELECT d.state, g.full_name AS grantor_name, e.full_name AS grantee_name
  FROM rm_delegations d LEFT JOIN org_users g ON g.id = d.grantor_id LEFT JOIN org_users e ON e.id = d.grantee_id`;

/** Delegations of signing authority (`delegations.v1`). */
export class DelegationQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Delegations in force (or past, or to come) at an instant, the latest period first. */
  async list(filter: DelegationListFilter): Promise<DelegationSummary[]> {
    const sql = new Sql();
    const where = ['TRUE'];
    if (filter.status && filter.status !== 'all') {
      const day = sql.p(localDateOf(filter.at));
      const live = `(d.revoked_at IS NULL OR d.revoked_at > ${sql.p(filter.at)}::timestamptz)`;
      if (filter.status === 'in_force') where.push(`${live} AND d.valid_from <= ${day}::date AND (d.valid_to IS NULL OR d.valid_to >= ${day}::date)`);
      if (filter.status === 'past') where.push(`(NOT ${live} OR d.valid_to < ${day}::date)`);
      if (filter.status === 'upcoming') where.push(`${live} AND d.valid_from > ${day}::date`);
    }
    if (filter.userId) where.push(`(d.grantor_id = ${sql.p(filter.userId)}::uuid OR d.grantee_id = ${sql.p(filter.userId)}::uuid)`);
    const rows: Record[] = await this.dataSource.query(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY d.valid_from DESC, d.recorded_at DESC, d.id`, sql.params);
    return rows.map((r) => summaryOf(r, filter.at));
  }

  async byId(id: string, at: string): Promise<DelegationSummary> {
    const sql = new Sql();
    const [row]: Record[] = await this.dataSource.query(`${SELECT} WHERE d.id = ${sql.p(id)}::uuid`, sql.params);
    if (!row) throw notFound(`Không tìm thấy ủy quyền ký ${id}`, 'id');
    return summaryOf(row, at);
  }

  /** Every delegation `userId` holds, whatever its period: the sign step judges which stand at the signing instant. */
  async heldBy(userId: string): Promise<DelegationGrant[]> {
    const sql = new Sql();
    const rows: Array<{ state: DelegationState }> = await this.dataSource.query(`SELECT state FROM rm_delegations WHERE grantee_id = ${sql.p(userId)}::uuid`, sql.params);
    return rows.flatMap(({ state }) => (state.status === 'none' ? [] : [grantOf(state)]));
  }
}

function summaryOf({ state, grantor_name, grantee_name }: Record, at: string): DelegationSummary {
  return {
    id: state.delegationId, kind: state.kind, grantor: { id: state.grantorId, name: grantor_name }, grantee: { id: state.granteeId, name: grantee_name },
    onBehalfOfTitle: state.onBehalfOfTitle, instrument: state.instrument, validFrom: state.validFrom, validTo: state.validTo, scope: state.scope,
    regulationClause: state.regulationClause, absence: state.absence, recordedAt: state.recordedAt, revocation: state.revocation, status: delegationStatusAt(state, at), state,
  };
}
