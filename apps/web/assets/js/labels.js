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
/** Thẩm quyền ký (ND30 Art. 13): the delegations' kinds and where one stands. */
export const DELEGATION_KIND_LABELS = { KT: 'Ký thay', TM: 'Thay mặt tập thể', Q: 'Quyền cấp trưởng', TUQ: 'Thừa ủy quyền', TL: 'Thừa lệnh' };
export const DELEGATION_STATUS_LABELS = { in_force: 'Đang hiệu lực', not_yet: 'Chưa đến hiệu lực', expired: 'Đã hết hạn', revoked: 'Đã thu hồi' };

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
  DossierFileAttached: 'Đính kèm tệp vào hồ sơ',
};

/* ---- The ISO quality management system (DOMAIN.md §7, /api/quality): statuses, enumerations, rule messages. ---- */
export const LEGAL_CHANGE_STATUS_LABELS = { registered: 'Chờ đánh giá tác động', revising: 'Đang cập nhật quy trình', no_impact: 'Không phải cập nhật', incorporated: 'Đã cập nhật quy trình' };
export const LEGAL_IMPACT_LABELS = { none: 'Không phải sửa quy trình', revise: 'Phải sửa quy trình' };
export const NONCONFORMITY_STATUS_LABELS = {
  raised: 'Mới ghi nhận',
  analysed: 'Đã phân tích nguyên nhân',
  action_planned: 'Đang thực hiện hành động khắc phục',
  implemented: 'Chờ kiểm tra hiệu lực',
  verified: 'Đã kiểm tra, có hiệu lực',
  closed: 'Đã đóng',
};
export const NONCONFORMITY_SOURCE_LABELS = { audit: 'Đánh giá nội bộ', complaint: 'Phản ánh, kiến nghị', kpi: 'Chỉ số, hồ sơ trễ hạn', inspection: 'Kiểm tra của cơ quan cấp trên' };
export const NONCONFORMITY_SEVERITY_LABELS = { major: 'Nặng', minor: 'Nhẹ' };
export const AUDIT_STATUS_LABELS = { planned: 'Chờ phê duyệt kế hoạch', approved: 'Đã phê duyệt kế hoạch', conducted: 'Đã đánh giá, chờ báo cáo', reported: 'Đã báo cáo', closed: 'Đã kết thúc' };
export const CHECKLIST_RESULT_LABELS = { conform: 'Phù hợp', nonconform: 'Không phù hợp', observation: 'Cần lưu ý' };
export const AUDIT_FINDING_LABELS = { nonconformity: 'Điểm không phù hợp', observation: 'Điểm cần lưu ý', opportunity: 'Cơ hội cải tiến' };
export const REVIEW_STATUS_LABELS = { held: 'Chờ Chánh Văn phòng xác nhận', confirmed: 'Đã xác nhận hiệu lực' };
/** Đầu vào của cuộc xem xét của lãnh đạo (REVIEW_TOPICS of the domain). */
export const REVIEW_TOPIC_LABELS = {
  process_performance: 'Kết quả thực hiện các quá trình',
  nonconformities: 'Điểm không phù hợp và hành động khắc phục',
  audit_results: 'Kết quả đánh giá nội bộ',
  satisfaction: 'Mức độ hài lòng của người dân, tổ chức',
  objectives: 'Mức độ đạt mục tiêu chất lượng',
  previous_actions: 'Việc thực hiện kết luận lần xem xét trước',
  context_changes: 'Thay đổi bối cảnh, yêu cầu',
  resources: 'Nguồn lực',
  risks_opportunities: 'Rủi ro và cơ hội',
};
/** Where a quality clock stands (ClockState of the domain). */
export const QUALITY_CLOCK_LABELS = { pending: 'Chưa đến hạn', due_soon: 'Sắp đến hạn', overdue: 'Quá hạn', on_time: 'Hoàn thành đúng hạn', late: 'Hoàn thành trễ hạn' };

/**
 * Vietnamese for the rule codes of the API's refusals (`details.rule` of a 403/409/422), where
 * the user needs to know what to do next rather than only what was refused. A code not listed
 * keeps the API's own (Vietnamese) message.
 */
export const RULE_MESSAGES = {
  NC_CLOSE_WITHOUT_VERIFICATION: 'Chưa thể đóng điểm không phù hợp: hành động khắc phục phải được thực hiện, rồi được thư ký ISO hoặc Chánh Văn phòng (không phải người thực hiện) kiểm tra và xác nhận có hiệu lực.',
  DECLARATION_WITHOUT_REVIEW: 'Chưa thể công bố: cần một cuộc xem xét của lãnh đạo trong cùng năm đã được Chánh Văn phòng xác nhận hiệu lực trước ngày công bố.',
  VERIFIER_NOT_INDEPENDENT: 'Người thực hiện hành động khắc phục không được tự kiểm tra hiệu lực; hãy để thư ký ISO hoặc Chánh Văn phòng kiểm tra.',
  ACTION_OWNER_ONLY: 'Chỉ người chịu trách nhiệm hành động khắc phục (hoặc thư ký ISO) mới ghi nhận việc thực hiện.',
  NC_ACTION_OWNER_REQUIRED: 'Hành động khắc phục phải có người chịu trách nhiệm và thời hạn hoàn thành.',
  FINDINGS_INCOMPLETE: 'Phiếu đánh giá có câu trả lời “Không phù hợp”: báo cáo phải nêu ít nhất một phát hiện loại “Điểm không phù hợp”.',
  REVIEW_CHAIR_NOT_HEAD: 'Cuộc xem xét của lãnh đạo phải do Chánh Văn phòng chủ trì.',
  PROCESS_NOT_APPROVED: 'Phiên bản quy trình này chưa được Chánh Văn phòng phê duyệt; hãy phê duyệt phiên bản trong Danh mục TTHC trước.',
  LEGAL_BASIS_NOT_CITED: 'Căn cứ pháp lý của phiên bản quy trình này không nêu văn bản pháp luật đang cập nhật; hãy soạn phiên bản mới có căn cứ đó.',
  PROCEDURE_NOT_AFFECTED: 'Thủ tục này không nằm trong các thủ tục chịu tác động của văn bản.',
  EFFECTIVE_BEFORE_ISSUED: 'Ngày có hiệu lực không được trước ngày ban hành.',
  AUDIT_OUTSIDE_YEAR: 'Ngày phải thuộc năm của chương trình đánh giá.',
  DATE_IN_FUTURE: 'Ngày này không được sau hôm nay.',
  BEFORE_DECLARATION: 'Ngày này không được trước ngày công bố.',
};
