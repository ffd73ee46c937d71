import type { LocalDate } from '../calendar';
import type { Role } from '../organisation';

/*
 * The procedure catalogue (danh mục thủ tục hành chính) of DOMAIN.md §6, shared with the ISO
 * system of §7: a procedure (stream `procedure-<code>`) and its versions, each with the internal
 * process (quy trình nội bộ) the office chief approved.
 */

/** Hình thức giấy tờ: bản chính, bản sao, bản sao chứng thực. */
export const ITEM_FORMS = ['original', 'copy', 'certified_copy'] as const;
export type ItemForm = (typeof ITEM_FORMS)[number];

/** Thành phần hồ sơ: one required item of a version's checklist. */
export type RequiredItem = { name: string; form: ItemForm; quantity: number; mandatory: boolean };

/**
 * The longest name of a checklist item. Published procedures describe some items at length (the
 * national database has names of 3,600 characters); the desk receives and asks for items by these
 * names, so reception and Mẫu 02 accept exactly what the catalogue does.
 */
export const ITEM_NAME_MAX_LENGTH = 4000;

/** Mức độ dịch vụ công trực tuyến: toàn trình, một phần, không. */
export const ONLINE_LEVELS = ['full', 'partial', 'none'] as const;
export type OnlineLevel = (typeof ONLINE_LEVELS)[number];

/** What a request for a supplement does to the dossier's clock (per version: specialised law decides). */
export const SUPPLEMENT_POLICIES = ['restart', 'pause'] as const;
export type SupplementPolicy = (typeof SUPPLEMENT_POLICIES)[number];

/** One step of the internal process: who does what within how many working days (halves allowed). */
export type ProcessStep = {
  no: number;
  task: string;
  /** Đơn vị/người thực hiện, as the publishing decision words it. */
  unit: string;
  /** The role that holds the dossier during the step, when the step maps to one of ours. */
  role: Role | null;
  /** A multiple of 0.5; 0 for a step "not counted" (không tính thời gian). */
  workingDays: number;
};

/**
 * The one-stop rule set a dossier is received under (research "Legal currency"): NĐ 61/2018 with
 * TT 01/2018 until 30/6/2025, NĐ 118/2025 with TT 03/2025 from 1/7/2025. Forms differ per set.
 */
export const RULE_SETS = [
  { code: 'nd61-2018', from: '2018-08-21', to: '2025-06-30', name: 'Nghị định 61/2018/NĐ-CP, Thông tư 01/2018/TT-VPCP' },
  { code: 'nd118-2025', from: '2025-07-01', to: null, name: 'Nghị định 118/2025/NĐ-CP, Thông tư 03/2025/TT-VPCP' },
] as const;
export type RuleSetCode = (typeof RULE_SETS)[number]['code'];

/** What the ISO secretary writes for a version (POST /api/procedures/:code/versions). */
export type ProcedureVersionSpec = {
  effectiveFrom: LocalDate;
  effectiveTo: LocalDate | null;
  /** Quyết định công bố danh mục TTHC và phê duyệt quy trình nội bộ. */
  publishingDecision: string;
  legalBasis: string[];
  requiredItems: RequiredItem[];
  /** Thời hạn giải quyết theo quy định, in working days. */
  statutoryDays: number;
  /** Received after this hour (Asia/Ho_Chi_Minh), the dossier counts from the next working day. Default 15. */
  cutoffHour: number;
  feeVnd: number | null;
  onlineLevel: OnlineLevel;
  /** Kết quả giải quyết (e.g. "Quyết định"). */
  resultType: string;
  supplementPolicy: SupplementPolicy;
  steps: ProcessStep[];
};

/** The approval (phê duyệt) of a version by the office chief. */
export type VersionApproval = { by: string; at: string; decisionRef: string };

export type ProcedureVersion = ProcedureVersionSpec & { version: number; approval: VersionApproval | null };
