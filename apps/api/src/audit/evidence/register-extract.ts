import type { Period } from '../../read-models/period';
import { incomingCsv, outgoingCsv, type IncomingRow, type OutgoingRow, type RegisterQueries } from '../../read-models/registers/register-queries';
import type { AuthenticatedUser } from '../../auth/authenticated-user';

const CHUNK = 1000;

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
 * The rows of a register that belong to a period: those dated in it, plus the numbers without a
 * date (voided, still reserved) that lie between the first and the last of them, so the extract
 * shows no gap in the numbering.
 */
export function periodExtract<R extends { number: number }>(rows: readonly R[], dayOf: (row: R) => string | null, period: Period): R[] {
  const inPeriod = (row: R) => {
    const day = dayOf(row);
    return day !== null && day >= period.from && day <= period.to;
  };
  let lo = Infinity;
  let hi = -Infinity;
  for (const row of rows) {
    if (!inPeriod(row)) continue;
    lo = Math.min(lo, row.number);
    hi = Math.max(hi, row.number);
  }
  return rows.filter((row) => inPeriod(row) || (dayOf(row) === null && row.number >= lo && row.number <= hi));
}

/**
 * The four registers (incoming and outgoing, normal and confidential series) of the years the
 * period touches, through RegisterQueries and its CSV writer. The query answers a year at a time.
 */
export function registerExtracts(registers: RegisterQueries, period: Period, viewer: AuthenticatedUser, minPosition?: string): RegisterExtract[] {
  const years: number[] = [];
  for (let y = Number(period.from.slice(0, 4)); y <= Number(period.to.slice(0, 4)); y++) years.push(y);
  const make = <R extends { number: number }>(
    baseName: string,
    sheet: string,
    title: string,
    read: (year: number) => Promise<{ rows: R[]; projectedPosition: string }>,
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
          const { rows, projectedPosition } = await read(year);
          const reached = BigInt(projectedPosition);
          extract.projectedPosition = extract.projectedPosition === null || reached < extract.projectedPosition ? reached : extract.projectedPosition;
          const selected = periodExtract(rows, dayOf, period);
          for (let i = 0; i < selected.length; i += CHUNK) yield csv(selected.slice(i, i + CHUNK)).slice(header.length);
        }
      },
    };
    return extract;
  };
  const incoming = (series: 'normal' | 'confidential') => (year: number) => registers.incoming({ year, series }, viewer, minPosition);
  const outgoing = (series: 'normal' | 'confidential') => (year: number) => registers.outgoing({ year, series }, viewer, minPosition);
  const received = (r: IncomingRow) => r.receivedOn;
  const issued = (r: OutgoingRow) => r.issuedOn;
  return [
    make('so-van-ban-den', 'Sổ văn bản đến', 'Sổ đăng ký văn bản đến', incoming('normal'), received, incomingCsv),
    make('so-van-ban-den-mat', 'Sổ văn bản đến (mật)', 'Sổ đăng ký văn bản đến mật', incoming('confidential'), received, incomingCsv),
    make('so-van-ban-di', 'Sổ văn bản đi', 'Sổ đăng ký văn bản đi', outgoing('normal'), issued, outgoingCsv),
    make('so-van-ban-di-mat', 'Sổ văn bản đi (mật)', 'Sổ đăng ký văn bản đi mật', outgoing('confidential'), issued, outgoingCsv),
  ];
}
