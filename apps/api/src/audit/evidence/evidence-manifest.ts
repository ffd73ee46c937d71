import type { BrokenLinkReport, DigestRecord, DigestVerification, ListedFile, LogVerification } from '@office/audit';
import type { AttachedFileEntry } from './attached-files';
import type { Period } from '../../read-models/period';
import type { ExportedChains } from './document-events';

export const EVIDENCE_FORMAT = 'office-ledger/iso-evidence-pack@1';

export type VerificationScope = 'documents' | 'log';

/** kiem-tra-chuoi-bam.json */
export interface VerificationReport {
  scope: VerificationScope;
  ok: boolean;
  /** The chains of every stream in the pack, checked as they were written out. */
  documents: ExportedChains;
  /** The digests' links to each other. */
  digests: DigestVerification;
  /** With scope `log`: the whole log, against the latest digest's stream heads. */
  log?: LogVerification;
}

/** What the manifest and the summary say about the verification, whatever its scope. */
export interface VerificationSummary {
  scope: VerificationScope;
  ok: boolean;
  streamsChecked: number;
  eventsChecked: number;
  firstBroken?: BrokenLinkReport;
  digestsOk: boolean;
  digestsChecked: number;
  digestProblem?: string;
}

export interface EvidenceManifest {
  format: string;
  title: string;
  period: Period;
  fieldCode: string | null;
  generatedAt: string;
  generatedBy: { userId: string; name: string; role: string };
  storeHeadPosition: string;
  projectedPositions: { registers: string | null; compliance: string; documentSummaries: string; quality: string };
  latestDigest: DigestRecord | null;
  verification: Omit<VerificationSummary, 'digestProblem'>;
  /** `quality`: rows of each CSV of the quality system, by file name. */
  counts: { documents: number; events: number; withheld: number; registers: Record<string, number>; quality: Record<string, number> };
  /** What tom-tat-ho-so-iso.pdf prints: SHA-256 of the `sha256  name` lines of every file listed before it, in order. */
  filesDigest: string;
  hashChain: string;
  notes: string[];
  files: ListedFile[];
  /** Every file attached in the period with the hash its event recorded (DOMAIN.md §11). */
  attachments?: AttachedFileEntry[];
}

export function summarise(v: VerificationReport): VerificationSummary {
  const digests = v.log?.digests ?? v.digests;
  const firstBroken = v.log?.firstBroken ?? v.documents.broken[0];
  return {
    scope: v.scope,
    ok: v.ok,
    streamsChecked: v.log?.streamsChecked ?? v.documents.streamsChecked,
    eventsChecked: v.log?.eventsChecked ?? v.documents.eventsChecked,
    ...(firstBroken ? { firstBroken } : {}),
    digestsOk: digests.ok,
    digestsChecked: digests.checked,
    ...(digests.firstBroken ? { digestProblem: digests.firstBroken.reason } : {}),
  };
}

export const EVIDENCE_TITLE = 'Bộ hồ sơ minh chứng ISO 9001:2015 — hệ thống quản lý chất lượng: quy trình văn bản đến, văn bản đi và thủ tục hành chính';
export const HASH_CHAIN_RULE = "hash = SHA-256 hex of prevHash + RFC 8785 canonical JSON of {eventId, type, data, metadata without hash}; prevHash of a stream's first event is 64 zeros";

export function evidenceNotes(scope: VerificationScope): string[] {
  return [
    'Sổ đăng ký: các dòng có ngày trong kỳ, cùng các số bị hủy hoặc đang giữ nằm giữa số đầu và số cuối của kỳ; sổ không lọc theo lĩnh vực.',
    'Sự kiện: mọi sự kiện của các văn bản đến tiếp nhận trong kỳ (theo lĩnh vực nếu có), kể cả sự kiện sau kỳ.',
    'Văn bản mật mà người lập không có quyền xem: sự kiện vẫn liệt kê với mã băm, phần dữ liệu để trống.',
    'CSV mã hóa UTF-8 có BOM. Vị trí (position) và phiên bản (revision) ghi dạng chuỗi số.',
    'Hệ thống quản lý chất lượng (toàn cơ quan, không lọc theo lĩnh vực): sổ quy trình có hiệu lực trong kỳ, kết quả theo thủ tục và từng bước, sổ cập nhật văn bản pháp luật, đánh giá nội bộ, điểm không phù hợp, xem xét của lãnh đạo, công bố, mức độ hài lòng theo tháng (Bộ chỉ số 766).',
    scope === 'log'
      ? 'Kiểm tra chuỗi băm: toàn bộ nhật ký, đối chiếu với bản tóm lược gần nhất, và chuỗi của từng văn bản trong bộ hồ sơ.'
      : 'Kiểm tra chuỗi băm: chuỗi của từng văn bản trong bộ hồ sơ và liên kết giữa các bản tóm lược; kiểm tra toàn bộ nhật ký: GET /api/audit/verify, hoặc verify=log.',
  ];
}
