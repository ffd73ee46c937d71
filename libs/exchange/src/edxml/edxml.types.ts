/*
 * An edXML message as this product reads and writes it (QCVN 102:2016/BTTTT, "Cấu trúc thông điệp
 * dữ liệu công văn điện tử"): a document package (công văn điện tử) with its envelope and base64
 * attachments, or a status message (thông điệp trạng thái) answering one. Field names follow the
 * standard's elements; research/next-domains.md §E.3.
 */

/** Cơ quan, đơn vị: the exchange axis' organ code (mã định danh, QĐ 20/2020/QĐ-TTg) and its name. */
export type Organ = { organId: string; organName: string };

/** One hop of TraceHeaderList: which organ handled the package, when (ISO instant). */
export type TraceHop = { organId: string; timestamp: string };

export type EdxmlAttachment = { name: string; contentType: string; description: string; content: Buffer };

/** Độ khẩn (OtherInfo/Priority): 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ. */
export type EdxmlPriority = 0 | 1 | 2 | 3 | 4;

/** Bussiness/BussinessDocType (the standard's spelling): 0 a new document, 1 thu hồi (recall). */
export const BUSINESS_TYPES = { new: '0', recall: '1' } as const;
export type BusinessType = keyof typeof BUSINESS_TYPES;

export type EdxmlDocument = {
  kind: 'document';
  /** DocumentId: the package's identity on the axis, the same in every message about it. */
  documentId: string;
  from: Organ;
  to: Organ[];
  /** Số và ký hiệu: "15" and "UBND-KT" of 15/UBND-KT. */
  code: { number: string; notation: string };
  /** Địa danh and ngày ban hành (YYYY-MM-DD). */
  promulgation: { place: string; date: string };
  /** Tên loại: a type code (1 công văn, 2 quyết định …) and its name. */
  documentType: { code: string; name: string };
  /** Trích yếu. */
  subject: string;
  /** Nội dung tóm tắt. */
  content: string;
  /** Quyền hạn (TM., KT. …), chức vụ, họ tên of the signer. */
  signer: { competence: string; position: string; fullName: string };
  /** Hạn trả lời (YYYY-MM-DD), null when none. */
  dueDate: string | null;
  /** Nơi nhận, as printed. */
  toPlaces: string[];
  other: { priority: EdxmlPriority; sphereOfPromulgation: string; pageAmount: number; appendixes: string[] };
  /** Chỉ đạo điều hành: 0 không, 1 có (documents a leader follows up). */
  steeringType: 0 | 1;
  business: { type: BusinessType; reason: string | null };
  trace: TraceHop[];
  attachments: EdxmlAttachment[];
};

/** Mã trạng thái (QCVN 102:2016 status message): arrived, refused, registered, assigned, in progress, done. */
export const STATUS_CODES = { arrived: '01', refused: '02', registered: '03', assigned: '04', in_progress: '05', done: '06' } as const;
export type StatusName = keyof typeof STATUS_CODES;

export type EdxmlStatus = {
  kind: 'status';
  from: Organ;
  to: Organ;
  /** ResponseFor: the document package this status answers. */
  responseFor: { organId: string; code: string; promulgationDate: string; documentId: string };
  status: StatusName;
  description: string;
  timestamp: string;
  /** Who at the receiving organ took the step (StaffInfo). */
  staff: { department: string; name: string };
};

export type EdxmlMessage = EdxmlDocument | EdxmlStatus;
