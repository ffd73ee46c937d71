/**
 * Vietnamese labels the server does not send. Status, role, event and clock labels and the ND30
 * document types come from the server via /assets/reference.json (see reference.js).
 */
export const URGENCY_LABELS = { normal: 'Thường', urgent: 'Khẩn', very_urgent: 'Thượng khẩn', flash: 'Hỏa tốc' };
export const CONFIDENTIALITY_LABELS = { normal: 'Thường', confidential: 'Mật', secret: 'Tối mật', top_secret: 'Tuyệt mật' };
export const CHANNEL_LABELS = { paper: 'Văn bản giấy', electronic: 'Văn bản điện tử' };
export const SERIES_LABELS = { normal: 'Sổ thường', confidential: 'Sổ văn bản mật' };


export const FINDING_LABELS = { procedure: 'Trình tự, thủ tục', format: 'Thể thức', content: 'Nội dung', legality: 'Tính pháp lý' };
export const OUTCOME_LABELS = { valid: 'Hồ sơ hợp lệ', needs_supplement: 'Cần bổ sung hồ sơ' };
export const ACCESS_VIEW_LABELS = { summary: 'Tóm tắt', history: 'Lịch sử', state: 'Trạng thái tại thời điểm' };
export const ACCESS_REASON_LABELS = { confidential: 'Văn bản mật', auditor: 'Kiểm toán viên đọc' };
export const SIGNING_ORGAN_LABELS = { committee: 'UBND tỉnh', office: 'Văn phòng UBND tỉnh' };

export function retentionLabel(retention) {
  if (retention === 'permanent') return 'Vĩnh viễn';
  return typeof retention === 'number' ? `${retention} năm` : '—';
}

/* The one-stop desk (DOMAIN.md §6): dossiers, their steps, classifications and printed forms. */
export const CLASSIFICATION_LABELS = {
  in_time: 'Đang giải quyết trong hạn',
  overdue: 'Đang giải quyết quá hạn',
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Quá hạn',
};
/** A step of the control sheet (Phiếu kiểm soát quá trình). */
export const STEP_OUTCOME_LABELS = { early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Quá hạn' };
export const DOSSIER_CHANNEL_LABELS = { direct: 'Trực tiếp', post: 'Qua dịch vụ bưu chính', online: 'Trực tuyến' };
export const RETURN_METHOD_LABELS = { desk: 'Tại Bộ phận một cửa', post: 'Qua dịch vụ bưu chính', online: 'Trực tuyến' };
export const PAYMENT_METHOD_LABELS = { cash: 'Tiền mặt', transfer: 'Chuyển khoản', online: 'Thanh toán trực tuyến' };
export const ITEM_FORM_LABELS = { original: 'Bản chính', copy: 'Bản sao', certified_copy: 'Bản sao chứng thực' };
export const ONLINE_LEVEL_LABELS = { full: 'Toàn trình', partial: 'Một phần', none: 'Không trực tuyến' };
export const SUPPLEMENT_POLICY_LABELS = { restart: 'Tính lại thời hạn từ đầu', pause: 'Tạm dừng, tính tiếp thời hạn' };
export const DOSSIER_APPRAISAL_LABELS = { eligible: 'Đủ điều kiện giải quyết', not_eligible: 'Không đủ điều kiện giải quyết', needs_supplement: 'Cần bổ sung hồ sơ' };
export const ONESTOP_GROUP_LABELS = { field: 'Lĩnh vực', procedure: 'Thủ tục hành chính', unit: 'Đơn vị' };

/** The printed forms (GET /api/dossiers/:id/forms/:form). */
export const DOSSIER_FORM_LABELS = {
  'appointment-slip': 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)',
  'supplement-request': 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)',
  refusal: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)',
  apology: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)',
  'stop-notice': 'Thông báo dừng giải quyết hồ sơ (Mẫu 05)',
  'control-sheet': 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
};

/** The steps of a dossier (`actions` of GET /api/dossiers/:id, POST /api/dossiers/:id/<step>), for buttons and dialogs. */
export const DOSSIER_ACTION_LABELS = {
  transfer: 'Chuyển hồ sơ',
  appraise: 'Thẩm định',
  'request-supplement': 'Yêu cầu bổ sung hồ sơ',
  'receive-supplement': 'Nhận hồ sơ bổ sung',
  'request-opinion': 'Lấy ý kiến cơ quan phối hợp',
  'receive-opinion': 'Ghi nhận ý kiến phối hợp',
  submit: 'Trình lãnh đạo',
  initial: 'Ký nháy',
  sign: 'Ký duyệt kết quả',
  issue: 'Phát hành kết quả',
  apologise: 'Xin lỗi, hẹn lại ngày trả',
  stop: 'Dừng giải quyết',
  withdraw: 'Rút hồ sơ',
  'result-at-desk': 'Nhận kết quả tại Bộ phận một cửa',
  return: 'Trả kết quả',
  fees: 'Thu phí, lệ phí',
  payments: 'Ghi nhận thanh toán',
  digitise: 'Số hóa thành phần hồ sơ',
  satisfaction: 'Đánh giá mức độ hài lòng',
};

/** What a dossier of the one-stop queue (GET /api/onestop/queue) waits for from the caller. */
export const QUEUE_ACTION_LABELS = { ...DOSSIER_ACTION_LABELS, receive: 'Tiếp nhận hồ sơ nộp trực tuyến', monitor: 'Theo dõi' };

/** The events of a dossier's history. */
export const DOSSIER_EVENT_LABELS = {
  DossierSubmittedOnline: 'Nộp hồ sơ trực tuyến',
  DossierReceived: 'Tiếp nhận hồ sơ, hẹn trả kết quả',
  DossierTransferred: 'Chuyển hồ sơ',
  DossierAppraised: 'Thẩm định hồ sơ',
  SupplementRequestedDuringProcessing: 'Yêu cầu bổ sung hồ sơ',
  DossierSupplementReceived: 'Nhận hồ sơ bổ sung',
  PartnerOpinionRequested: 'Lấy ý kiến cơ quan phối hợp',
  PartnerOpinionReceived: 'Nhận ý kiến cơ quan phối hợp',
  DossierResultSubmitted: 'Trình lãnh đạo (phiếu trình)',
  DossierResultInitialled: 'Ký nháy phiếu trình',
  DossierSubmissionReturned: 'Không đồng ý, trả lại phiếu trình',
  DossierResultSigned: 'Ký duyệt kết quả',
  DossierSubmissionRejected: 'Lãnh đạo không ký, trả lại',
  DossierResultIssued: 'Phát hành kết quả',
  ApologyIssued: 'Xin lỗi, hẹn lại ngày trả kết quả',
  ProcessingStopped: 'Dừng giải quyết hồ sơ',
  DossierWithdrawn: 'Rút hồ sơ',
  ResultReceivedAtDesk: 'Kết quả về Bộ phận một cửa',
  ResultReturned: 'Trả kết quả',
  FeeAssessed: 'Xác định phí, lệ phí',
  FeePaid: 'Nộp phí, lệ phí',
  ItemsDigitised: 'Số hóa thành phần hồ sơ',
  SatisfactionRecorded: 'Đánh giá mức độ hài lòng',
};
