import { CsvAndXlsx } from '@office/audit/evidence/csv-and-xlsx';
import type { PackedFile } from '@office/audit/evidence/hashed-output';
import type { Period } from '../../read-models/period';
import { incomingCsv, outgoingCsv, type IncomingRow, type OutgoingRow, type RegisterQueries, type RegisterRequest } from '../../read-models/registers/register-queries';
import type { AuthenticatedUser } from '../../auth/authenticated-user';

/**
 * Numbers read at once: a year of a busy office is read in slices, never held whole. Small, so a
 * slice's rows die young: slices of 1,000 outlived the young generation and grew the API's heap
 * by ~50 MB of garbage over a year's registers (issue #19), slices of 200 by half that.
 */
const SLICE = 200;

/** One register of the pack: its files, its sheet, and its CSV as chunks of whole records. */
export interface RegisterExtract {
  baseName: string;
  sheet: string;
  title: string;
  chunks(): AsyncGenerator<string>;
  /** Lowest projected position among the reads made (known once `chunks` is exhausted). */
  projectedPosition: bigint | null;
}

/**
 * The rows of a register that belong to a period, fed in number order: those dated in it, plus
 * the numbers without a date (voided, still reserved) that lie between the first and the last of
 * them, so the extract shows no gap in the numbering. Undated numbers wait until a dated row of
 * the period follows them; those left waiting at the end lie past the last and are dropped.
 */
export class PeriodExtract<R> {
  private started = false;
  private waiting: R[] = [];

  constructor(
    private readonly dayOf: (row: R) => string | null,
    private readonly period: Period,
  ) {}

  /** The rows of `rows` (the next ones in number order) that are in the extract so far. */
  take(rows: readonly R[]): R[] {
    const taken: R[] = [];
    for (const row of rows) {
      const day = this.dayOf(row);
      if (day === null) {
        if (this.started) this.waiting.push(row);
      } else if (day >= this.period.from && day <= this.period.to) {
        this.started = true;
        taken.push(...this.waiting, row);
        this.waiting = [];
      }
    }
    return taken;
  }
}

/**
 * The four registers (incoming and outgoing, normal and confidential series) of the years the
 * period touches, through RegisterQueries and its CSV writer, a slice of numbers at a time.
 */
export function registerExtracts(registers: RegisterQueries, period: Period, viewer: AuthenticatedUser, minPosition?: string): RegisterExtract[] {
  const years: number[] = [];
  for (let y = Number(period.from.slice(0, 4)); y <= Number(period.to.slice(0, 4)); y++) years.push(y);
  const make = <R extends { number: number }>(
    baseName: string,
    sheet: string,
    title: string,
    read: (request: Pick<RegisterRequest, 'year' | 'after'>) => Promise<{ rows: R[]; projectedPosition: string }>,
    dayOf: (row: R) => string | null,
    csv: (rows: readonly R[]) => string,
  ): RegisterExtract => {
    const extract: RegisterExtract = {
      baseName,
      sheet,
      title,
      projectedPosition: null,
      async *chunks() {
        const header = csv([]);
        yield header;
        for (const year of years) {
          const extractOfYear = new PeriodExtract(dayOf, period);
          for (let after = 0; ; ) {
            const { rows, projectedPosition } = await read({ year, after: { number: after, count: SLICE } });
            const reached = BigInt(projectedPosition);
            if (extract.projectedPosition === null || reached < extract.projectedPosition) extract.projectedPosition = reached;
            const selected = extractOfYear.take(rows);
            if (selected.length > 0) yield csv(selected).slice(header.length);
            if (rows.length < SLICE) break;
            after = rows[rows.length - 1].number;
          }
        }
      },
    };
    return extract;
  };
  const incoming = (series: 'normal' | 'confidential') => (request: Pick<RegisterRequest, 'year' | 'after'>) => registers.incoming({ ...request, series }, viewer, minPosition);
  const outgoing = (series: 'normal' | 'confidential') => (request: Pick<RegisterRequest, 'year' | 'after'>) => registers.outgoing({ ...request, series }, viewer, minPosition);
  const received = (r: IncomingRow) => r.receivedOn;
  const issued = (r: OutgoingRow) => r.issuedOn;
  return [
    make('so-van-ban-den', 'Sổ văn bản đến', 'Sổ đăng ký văn bản đến', incoming('normal'), received, incomingCsv),
    make('so-van-ban-den-mat', 'Sổ văn bản đến (mật)', 'Sổ đăng ký văn bản đến mật', incoming('confidential'), received, incomingCsv),
    make('so-van-ban-di', 'Sổ văn bản đi', 'Sổ đăng ký văn bản đi', outgoing('normal'), issued, outgoingCsv),
    make('so-van-ban-di-mat', 'Sổ văn bản đi (mật)', 'Sổ đăng ký văn bản đi mật', outgoing('confidential'), issued, outgoingCsv),
  ];
}

/** The registers as the pack holds them: their files, the rows of each (by title) and the lowest position their reads reached. */
export interface RegistersWritten {
  files: PackedFile[];
  rows: Record<string, number>;
  projectedPosition: string | null;
}

/**
 * The four registers into `dir`, CSV and XLSX each, a slice of rows at a time. `at`: the pack's
 * time, which the sheets' packages carry; `minPosition`: what the reads wait for.
 */
export async function writeRegisters(
  dir: string,
  registers: RegisterQueries,
  period: Period,
  viewer: AuthenticatedUser,
  { at, minPosition }: { at: Date; minPosition?: string },
): Promise<RegistersWritten> {
  const files: PackedFile[] = [];
  const rows: Record<string, number> = {};
  let lowest: bigint | null = null;
  for (const register of registerExtracts(registers, period, viewer, minPosition)) {
    const table = new CsvAndXlsx(dir, register.baseName, register.sheet, at);
    for await (const chunk of register.chunks()) await table.add(chunk);
    files.push(...(await table.finish()));
    rows[register.title] = table.rows;
    if (register.projectedPosition !== null && (lowest === null || register.projectedPosition < lowest)) lowest = register.projectedPosition;
  }
  return { files, rows, projectedPosition: lowest?.toString() ?? null };
}
