import { localDateOf, type DossierClassification, type DossierStatus, type LocalDate } from '@office/domain';
import type { DataSource } from 'typeorm';
import { iso } from '../../sql/sql';
import { dossierClassificationSql } from './dossier-visibility';

/**
 * What the public status lookup may show of a dossier, with the PIN for the route to check
 * (the PIN never leaves the API). No personal data.
 */
export interface PublicDossierRecord {
  code: string;
  pin: string;
  procedureName: string;
  receivedAt: string;
  dueDate: LocalDate;
  status: DossierStatus;
  classification: DossierClassification | null;
}

/** The public lookup by dossier code (tra cứu hồ sơ), from `dossiers.v1`. */
export class PublicDossierLookup {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async byCode(code: string): Promise<PublicDossierRecord | null> {
    const [row]: Array<{ code: string; pin: string; procedure_name: string; received_at: Date; due: string; status: DossierStatus; classification: DossierClassification | null }> =
      await this.dataSource.query(
        `SELECT d.code, d.pin, d.procedure_name, d.received_at, d.due::text AS due, d.status, ${dossierClassificationSql('$2::date')} AS classification
           FROM rm_dossiers d WHERE d.code = $1`,
        [code, localDateOf(this.clock())],
      );
    if (!row) return null;
    return { code: row.code, pin: row.pin, procedureName: row.procedure_name, receivedAt: iso(row.received_at)!, dueDate: row.due, status: row.status, classification: row.classification };
  }
}
