import type { Organisation, User } from '@office/domain';
import { derivedUuid } from '@office/event-store';
import type { OfficeStep } from '../office/in-process-office';
import type { RecordsStepInput } from '../../../api/src/records/records-step';

/*
 * The year's files and archives as the demo plays them (DOMAIN.md §9): the retention table
 * (remembered TT 10/2022 values, research/next-domains.md §D.4), the file plan of 15 case files
 * drafted by the clerk and approved by the office chief, every file opened by its person, the
 * demo's issued documents and directives filed, four files closed in the spring, and — once the
 * year has reached July — the June batch opened, two files deposited and handed over.
 */

export interface PlannedRecordsStep extends OfficeStep {
  step: RecordsStepInput;
}

/** Something to file: a document (issued) or a directive of the demo, with its title and when it exists from. */
export interface FileableItem {
  kind: 'document' | 'directive';
  id: string;
  title: string;
  at: string;
}

const RULES = [
  { category: 'annual-plan', label: 'Kế hoạch, chương trình, báo cáo năm', period: 'permanent', source: 'TT 10/2022/TT-BNV (giá trị ghi nhớ, cần đối chiếu)' },
  { category: 'regulation', label: 'Quy chế làm việc, thông báo kết luận của lãnh đạo', period: 'permanent', source: 'TT 10/2022/TT-BNV (giá trị ghi nhớ, cần đối chiếu)' },
  { category: 'six-month-report', label: 'Báo cáo 6 tháng', period: 20, source: 'TT 10/2022/TT-BNV (giá trị ghi nhớ, cần đối chiếu)' },
  { category: 'quarterly-report', label: 'Báo cáo quý, tháng', period: 5, source: 'TT 10/2022/TT-BNV (giá trị ghi nhớ, cần đối chiếu)' },
  { category: 'correspondence', label: 'Công văn trao đổi', period: 10, source: 'TT 10/2022/TT-BNV (giá trị ghi nhớ, cần đối chiếu)' },
  { category: 'register', label: 'Sổ đăng ký văn bản đến, văn bản đi', period: 20, source: 'TT 10/2022/TT-BNV (giá trị ghi nhớ, cần đối chiếu)' },
  { category: 'outgoing-copies', label: 'Tập lưu văn bản đi', period: 50, source: 'TT 10/2022/TT-BNV (giá trị ghi nhớ, cần đối chiếu)' },
];

type Entry = [code: string, title: string, person: string, category: string, retention: 'permanent' | number, medium: 'paper' | 'digital'];
const ENTRIES: Entry[] = [
  ['KT.01', 'Hồ sơ kế hoạch đầu tư công năm {y}', 'cv.kt1', 'annual-plan', 'permanent', 'paper'],
  ['KT.02', 'Công văn trao đổi về kế hoạch vốn đầu tư công năm {y}', 'cv.kt2', 'correspondence', 10, 'digital'],
  ['KT.03', 'Báo cáo tình hình kinh tế – xã hội quý I năm {y}', 'cv.kt1', 'quarterly-report', 5, 'paper'],
  ['KT.04', 'Báo cáo 6 tháng đầu năm {y} về đầu tư, xây dựng', 'cv.kt2', 'six-month-report', 20, 'paper'],
  ['VX.01', 'Kế hoạch phát triển giáo dục và đào tạo năm {y}', 'cv.vx1', 'annual-plan', 'permanent', 'paper'],
  ['VX.02', 'Công văn trao đổi về phòng, chống dịch bệnh năm {y}', 'cv.vx2', 'correspondence', 10, 'digital'],
  ['VX.03', 'Báo cáo 6 tháng đầu năm {y} lĩnh vực văn hóa – xã hội', 'cv.vx1', 'six-month-report', 20, 'paper'],
  ['NC.01', 'Kế hoạch cải cách hành chính năm {y}', 'cv.nc1', 'annual-plan', 'permanent', 'paper'],
  ['NC.02', 'Công văn trao đổi lĩnh vực nội vụ, tư pháp năm {y}', 'cv.nc1', 'correspondence', 10, 'digital'],
  ['NC.03', 'Báo cáo quý I năm {y} công tác tư pháp', 'cv.nc1', 'quarterly-report', 5, 'digital'],
  ['TH.01', 'Chương trình công tác năm {y} của UBND tỉnh', 'cv.th1', 'annual-plan', 'permanent', 'paper'],
  ['TH.02', 'Thông báo kết luận của lãnh đạo UBND tỉnh năm {y}', 'cv.th1', 'regulation', 'permanent', 'paper'],
  ['TH.03', 'Báo cáo 6 tháng đầu năm {y} của UBND tỉnh', 'cv.th1', 'six-month-report', 20, 'digital'],
  ['HCTC.01', 'Sổ đăng ký văn bản đến, văn bản đi năm {y}', 'vanthu1', 'register', 20, 'paper'],
  ['HCTC.02', 'Tập lưu văn bản đi năm {y}', 'vanthu1', 'outgoing-copies', 50, 'paper'],
];
/** Closed in the spring (code, end date as MM-DD, sheets); the first two go to the June batch. */
const CLOSED: Array<[string, string, number | null]> = [['KT.03', '04-10', 36], ['NC.03', '04-15', null], ['VX.02', '05-05', null], ['TH.03', '07-20', null]];
const FILED_INTO = ['KT.01', 'KT.02', 'VX.01', 'TH.01', 'HCTC.02', 'NC.01', 'TH.02'];

export const caseFileIdOf = (seed: number, year: number, code: string) => derivedUuid('demo-records', String(seed), String(year), code);

/** Hà Nội time of a day of the year. */
const vn = (year: number, mmdd: string, hhmm = '09:00') => new Date(`${year}-${mmdd}T${hhmm}:00+07:00`).toISOString();

export function* recordsPlan({ organisation, now, seed, items }: { organisation: Organisation; now: string; seed: number; items: readonly FileableItem[] }): Generator<PlannedRecordsStep> {
  const year = Number(now.slice(0, 4));
  const user = (username: string): User => organisation.users.find((u) => u.username === username)!;
  const department = (code: string) => organisation.departments.find((d) => d.code === code.split('.')[0])!.id;
  const key = (...parts: string[]) => derivedUuid('demo-records-step', String(seed), String(year), ...parts);
  const at = (mmdd: string, hhmm?: string) => vn(year, mmdd, hhmm);
  const before = (instant: string) => instant <= now;
  const step = (when: string, username: string, subject: string, label: string, s: RecordsStepInput): PlannedRecordsStep => ({ at: when, actor: user(username), subject, label, key: key(subject, label), step: s });

  if (!before(at('01-10'))) return;
  yield step(at('01-02'), 'quantri', 'schedule', 'approve retention schedule', { on: 'schedule', input: { type: 'approve', version: `${year}.1`, rules: RULES } });
  const entries = ENTRIES.map(([code, title, person, category, retention]) => ({ code, title: title.replace('{y}', String(year)), departmentId: department(code), responsibleId: user(person).id, category, retention }));
  yield step(at('01-05'), 'vanthu1', 'plan', 'draft file plan', { on: 'plan', input: { type: 'draft', year, entries } });
  yield step(at('01-06'), 'chanh.vp', 'plan', 'approve file plan', { on: 'plan', input: { type: 'approve', year, decisionRef: `01/QĐ-VP ngày 06/01/${year}` } });
  for (const [code, , person, , , medium] of ENTRIES) {
    yield step(at('01-07'), person, code, 'open case file', { on: 'case-file', input: { type: 'open', caseFileId: caseFileIdOf(seed, year, code), year, medium, startDate: `${year}-01-07`, planEntryCode: code } });
  }
  // Items: first one into each file closed in the spring (if it existed before the closing), the rest round the open files.
  const pool = [...items].filter((i) => i.at.slice(0, 4) === String(year)).sort((a, b) => a.at.localeCompare(b.at));
  const file = (code: string, item: FileableItem) =>
    step(item.at < at('01-08') ? at('01-08') : item.at, code === 'HCTC.02' || code === 'KT.02' ? 'vanthu1' : ENTRIES.find((e) => e[0] === code)![2], code, `file ${item.kind} ${item.id}`, {
      on: 'case-file', input: { type: 'file', caseFileId: caseFileIdOf(seed, year, code), kind: item.kind, itemId: item.id, title: item.title },
    });
  const closings: PlannedRecordsStep[] = [];
  for (const [code, mmdd, sheets] of CLOSED) {
    const item = pool.find((i) => i.at < at(mmdd));
    if (!item || !before(at(mmdd, '16:00'))) continue;
    pool.splice(pool.indexOf(item), 1);
    closings.push(file(code, item));
    closings.push(step(at(mmdd, '16:00'), 'vanthu1', code, 'close case file', { on: 'case-file', input: { type: 'close', caseFileId: caseFileIdOf(seed, year, code), endDate: `${year}-${mmdd}`, sheetCount: sheets } }));
  }
  const filings = pool.slice(0, 12).filter((i) => before(i.at)).map((item, i) => file(FILED_INTO[i % FILED_INTO.length], item));
  yield* [...closings, ...filings].sort((a, b) => a.at.localeCompare(b.at));
  // The June batch, once June is over: the two files closed first, deposited and handed over.
  if (!before(at('06-25')) || closings.length < 4) return;
  const period = `${year}-06`;
  yield step(at('06-10'), 'vanthu1', 'batch', 'open June batch', { on: 'batch', input: { type: 'open', period } });
  const deposited = CLOSED.slice(0, 2).map(([code]) => caseFileIdOf(seed, year, code));
  for (const [code] of CLOSED.slice(0, 2)) yield step(at('06-12'), 'vanthu1', code, 'deposit case file', { on: 'case-file', input: { type: 'deposit', caseFileId: caseFileIdOf(seed, year, code), period } });
  yield step(at('06-20'), 'vanthu1', 'batch', 'hand over June batch', {
    on: 'batch', input: { type: 'hand-over', period, receiverName: 'Lê Thị Lưu', condition: 'Hồ sơ đầy đủ, bìa, mục lục văn bản và số tờ đúng quy định.' }, caseFileIds: deposited,
  });
}
