import type { Applicant, Handover, RuleSetCode, StepOutcome } from '@office/domain';
import type { ControlSheetRow, DossierFormViews } from '../form-views';
import { DEMO_OFFICE } from '../office';

/*
 * Fictitious but realistic views of every form, for the tests and the sample pictures in
 * docs/forms/: the demo organisation's people (libs/domain demo-organisation), a forestry
 * procedure from data/procedures-sample.json, a dossier received under each rule set.
 */

const APPLICANT: Applicant = {
  name: 'Nguyễn Thị Minh Nguyệt',
  idNumber: '045186001234',
  address: 'Số 27 đường Lê Lợi, phường Đông Hưng, tỉnh An Thành',
  phone: '0912 345 678',
  email: 'nguyet.ntm@example.vn',
};

const PROCEDURE = { code: '1.000055', name: 'Phê duyệt hoặc điều chỉnh phương án quản lý rừng bền vững của chủ rừng là tổ chức', statutoryDays: 20, feeVnd: 1_500_000 };

const OFFICER = 'Kiều Thị Yến';
const DESK = 'Bộ phận tiếp nhận và trả kết quả';

/** One dossier per rule set: received under NĐ 61/2018 in May 2025, under NĐ 118/2025 in March 2026. */
const DOSSIERS: Record<RuleSetCode, { code: string; receivedAt: string; dueDate: string; issuedAt: string; newDueDate: string }> = {
  'nd61-2018': { code: 'VPUB-250506-0012', receivedAt: '2025-05-06T02:07:00Z', dueDate: '2025-06-04', issuedAt: '2025-06-02T08:30:00Z', newDueDate: '2025-06-13' },
  'nd118-2025': { code: 'VPUB-260305-0007', receivedAt: '2026-03-05T02:07:00Z', dueDate: '2026-04-02', issuedAt: '2026-03-31T08:30:00Z', newDueDate: '2026-04-10' },
};

const STEPS: ReadonlyArray<{ task: string; from: string; to: string; outcome: StepOutcome | null; note: string | null }> = [
  { task: 'Tiếp nhận hồ sơ, chuyển phòng chuyên môn', from: `${OFFICER}, ${DESK}`, to: 'Đặng Quang Huy, Trưởng phòng Kinh tế', outcome: 'on_time', note: null },
  { task: 'Phân công thụ lý hồ sơ', from: 'Đặng Quang Huy, Trưởng phòng Kinh tế', to: 'Lý Minh Tuấn, Chuyên viên Phòng Kinh tế', outcome: 'early', note: null },
  { task: 'Thẩm định hồ sơ, dự thảo kết quả, trình lãnh đạo phòng', from: 'Lý Minh Tuấn, Chuyên viên Phòng Kinh tế', to: 'Đặng Quang Huy, Trưởng phòng Kinh tế', outcome: 'late', note: 'Chờ ý kiến Sở Nông nghiệp và Môi trường' },
  { task: 'Xem xét, trình lãnh đạo Văn phòng', from: 'Đặng Quang Huy, Trưởng phòng Kinh tế', to: 'Hoàng Văn Nam, Phó Chánh Văn phòng', outcome: 'on_time', note: null },
  { task: 'Ký kết quả giải quyết', from: 'Hoàng Văn Nam, Phó Chánh Văn phòng', to: 'Lương Thị Hạnh, Văn thư', outcome: 'on_time', note: null },
  { task: 'Phát hành, chuyển kết quả về Bộ phận tiếp nhận và trả kết quả', from: 'Lương Thị Hạnh, Văn thư', to: `${OFFICER}, ${DESK}`, outcome: null, note: null },
];

/** `count` hand-overs in office hours, two a day (morning and afternoon), cycling through the process's six steps. */
export function sampleHandovers(receivedAt: string, count: number): ControlSheetRow[] {
  const start = Date.parse(receivedAt);
  const at = (k: number) => new Date(start + Math.floor(k / 2) * 86_400_000 + (k % 2) * 4.5 * 3_600_000).toISOString();
  return Array.from({ length: count }, (_, i) => {
    const step = STEPS[i % STEPS.length];
    const handover: Handover = {
      stepNo: i + 1,
      task: step.task,
      fromUserId: `user-${i}`,
      fromUnitId: null,
      toUserId: `user-${i + 1}`,
      toUnitId: null,
      startedAt: at(i),
      handedAt: at(i + 1),
      dueAt: step.outcome === null ? null : at(i + 2),
      outcome: step.outcome,
      calendarVersion: 'VN-2026.1',
    };
    return { handover, from: step.from, to: step.to, note: step.note };
  });
}

/** A view of every form for a dossier received under `ruleSet`; `handovers` rows on the control sheet. */
export function sampleViews(ruleSet: RuleSetCode, handovers = STEPS.length): DossierFormViews {
  const dossier = DOSSIERS[ruleSet];
  const base = { office: DEMO_OFFICE, ruleSet };
  const signer = { position: 'KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG', name: 'Hoàng Văn Nam' };
  return {
    'appointment-slip': {
      ...base,
      dossierCode: dossier.code,
      pin: '482915',
      lookupBaseUrl: 'https://dichvucong.anthanh.gov.vn',
      procedure: PROCEDURE,
      applicant: APPLICANT,
      items: [
        { name: 'Tờ trình đề nghị phê duyệt phương án quản lý rừng bền vững theo Mẫu số 04 Phụ lục III ban hành kèm theo Thông tư số 16/2025/TT-BNNMT', form: 'original', quantity: 1 },
        { name: 'Phương án quản lý rừng bền vững', form: 'original', quantity: 1 },
        { name: 'Bản đồ hiện trạng rừng, bản đồ hiện trạng sử dụng đất, bản đồ quản lý rừng bền vững', form: 'copy', quantity: 1 },
        { name: 'Quyết định thành lập tổ chức chủ rừng', form: 'certified_copy', quantity: 1 },
      ],
      sets: 1,
      receivedAt: dossier.receivedAt,
      dueDate: dossier.dueDate,
      registerBook: Number(dossier.receivedAt.slice(0, 4)),
      sequence: 7,
      receivedBy: OFFICER,
    },
    'supplement-request': {
      ...base,
      slipNumber: '15/PYCBS-BPMC',
      dossierCode: null,
      issuedAt: dossier.receivedAt,
      procedure: PROCEDURE,
      applicant: APPLICANT,
      missing: [
        { item: 'Phương án quản lý rừng bền vững', reason: 'Thiếu bản đồ quản lý rừng bền vững theo TCVN 11566:2016 kèm theo phương án' },
        { item: 'Quyết định thành lập tổ chức chủ rừng', reason: 'Bản sao chưa được chứng thực; đề nghị nộp bản sao chứng thực hoặc xuất trình bản chính để đối chiếu' },
        { item: 'Văn bản ý kiến của UBND cấp xã nơi có rừng', reason: 'Chưa có trong hồ sơ' },
      ],
      officer: { name: OFFICER, phone: null },
    },
    refusal: {
      ...base,
      slipNumber: '03/PTC-BPMC',
      dossierCode: null,
      issuedAt: dossier.receivedAt,
      procedure: PROCEDURE,
      applicant: APPLICANT,
      reason: 'Khu rừng đề nghị phê duyệt phương án thuộc diện tích do Ban quản lý rừng phòng hộ cấp huyện quản lý, không thuộc thẩm quyền giải quyết của Văn phòng UBND tỉnh',
      legalBasis: 'khoản 2 Điều 10 Nghị định số 118/2025/NĐ-CP',
      officer: OFFICER,
    },
    apology: {
      ...base,
      documentNumber: null,
      issuedAt: dossier.issuedAt,
      dossierCode: dossier.code,
      procedure: PROCEDURE,
      applicant: APPLICANT,
      receivedAt: dossier.receivedAt,
      previousDueDate: dossier.dueDate,
      newDueDate: dossier.newDueDate,
      reason: 'hồ sơ phải lấy ý kiến Sở Nông nghiệp và Môi trường, cơ quan này chưa có ý kiến trả lời đúng thời hạn',
      signer,
    },
    'stop-notice': {
      ...base,
      documentNumber: '112/TB-VP',
      issuedAt: dossier.issuedAt,
      dossierCode: dossier.code,
      procedure: PROCEDURE,
      applicant: APPLICANT,
      receivedAt: dossier.receivedAt,
      reason: 'theo đơn đề nghị dừng giải quyết hồ sơ của tổ chức nộp hồ sơ',
      signer,
    },
    'control-sheet': {
      ...base,
      dossierCode: dossier.code,
      procedure: PROCEDURE,
      applicant: APPLICANT,
      receivedAt: dossier.receivedAt,
      dueDate: dossier.dueDate,
      handlingAgency: 'Phòng Kinh tế, Văn phòng UBND tỉnh An Thành',
      partnerAgencies: ['Sở Nông nghiệp và Môi trường'],
      rows: sampleHandovers(dossier.receivedAt, handovers),
    },
  };
}
