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
