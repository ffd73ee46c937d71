/**
 * Plausible wording for the demo desk (Bộ phận một cửa of a province's People's Committee
 * Office): who hands dossiers in, and what the desk, the specialists and the leaders write on
 * them. Only used to make demo dossiers read like the real register.
 */

export const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Phan', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
export const MIDDLE_NAMES = ['Văn', 'Thị', 'Đức', 'Minh', 'Thị Thu', 'Quang', 'Ngọc', 'Thanh', 'Hữu', 'Thị Kim'];
export const GIVEN_NAMES = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hoa', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vy', 'Yến'];

/** Organisations that file dossiers with the province (investors, contractors, cooperatives, schools). */
export const ORGANISATIONS = [
  'Công ty TNHH Xây dựng Thành Đạt',
  'Công ty Cổ phần Đầu tư Nam Đông Hà',
  'Hợp tác xã Nông nghiệp Triệu Phong',
  'Công ty TNHH MTV Khai thác khoáng sản Hướng Hóa',
  'Công ty Cổ phần Vận tải Quảng Trị',
  'Trường Trung học phổ thông Cồn Tiên',
  'Công ty TNHH Thủy sản Cửa Việt',
  'Công ty Cổ phần Điện gió Hướng Linh',
  'Doanh nghiệp tư nhân Lâm sản Đakrông',
  'Hội Chữ thập đỏ tỉnh',
];

export const PLACES = [
  'phường Đông Lương, thành phố Đông Hà',
  'phường 5, thành phố Đông Hà',
  'thị trấn Cam Lộ, huyện Cam Lộ',
  'xã Hải Thượng, huyện Hải Lăng',
  'thị trấn Gio Linh, huyện Gio Linh',
  'xã Triệu Thành, huyện Triệu Phong',
  'thị trấn Khe Sanh, huyện Hướng Hóa',
  'phường An Đôn, thị xã Quảng Trị',
  'xã Vĩnh Long, huyện Vĩnh Linh',
];
export const STREETS = ['Hùng Vương', 'Lê Duẩn', 'Trần Hưng Đạo', 'Nguyễn Huệ', 'Quốc lộ 9', 'Lý Thường Kiệt', 'Hàm Nghi'];

/** Why a dossier is short (Mẫu 02 at the desk, or a supplement asked during processing). */
export const SUPPLEMENT_REASONS = [
  'Chưa nộp',
  'Bản sao chưa được chứng thực',
  'Thông tin kê khai không thống nhất với giấy tờ kèm theo',
  'Thiếu chữ ký, đóng dấu của người đại diện theo pháp luật',
  'Hết thời hạn hiệu lực, đề nghị nộp bản còn hiệu lực',
];

/** Mẫu 03: the reason and the legal basis of a refusal at the desk. */
export const REFUSALS: ReadonlyArray<readonly [reason: string, legalBasis: string]> = [
  ['Yêu cầu không thuộc thẩm quyền giải quyết của UBND tỉnh, đề nghị liên hệ UBND cấp huyện', 'Khoản 2 Điều 19 Nghị định 61/2018/NĐ-CP; Nghị định 118/2025/NĐ-CP'],
  ['Hồ sơ đã được giải quyết trước đó, không có căn cứ giải quyết lại', 'Luật Tổ chức chính quyền địa phương 2025'],
  ['Đối tượng đề nghị không thuộc diện áp dụng thủ tục hành chính này', 'Quyết định công bố danh mục thủ tục hành chính của Chủ tịch UBND tỉnh'],
];

export const PARTNERS = ['Sở Tài chính', 'Sở Nông nghiệp và Môi trường', 'Sở Xây dựng', 'Sở Tư pháp', 'Công an tỉnh', 'UBND huyện Hải Lăng', 'Ban Quản lý Khu kinh tế tỉnh'];

export const APPRAISAL_FINDINGS = {
  eligible: 'Hồ sơ đầy đủ, hợp lệ; đủ điều kiện giải quyết theo quy định',
  not_eligible: 'Hồ sơ không đáp ứng điều kiện theo quy định; đề nghị có văn bản trả lời tổ chức, cá nhân',
  needs_supplement: 'Hồ sơ cần bổ sung, hoàn thiện một số thành phần',
} as const;

/** Mẫu 04: why the result comes late. */
export const APOLOGY_REASONS = [
  'Hồ sơ phức tạp, cần lấy ý kiến thêm của các cơ quan liên quan',
  'Chờ kết quả kiểm tra thực địa của đoàn liên ngành',
  'Lãnh đạo UBND tỉnh đi công tác dài ngày, chưa ký được kết quả',
  'Số lượng hồ sơ tăng đột biến so với năng lực xử lý',
];

/** 2025 Mẫu 05: why processing stops. */
export const STOP_REASONS = [
  'Cơ quan có thẩm quyền có văn bản đề nghị tạm dừng để thanh tra, kiểm tra',
  'Tổ chức đề nghị giải quyết đã giải thể theo quy định',
  'Khu đất liên quan đang có tranh chấp, đang được Tòa án thụ lý',
];

export const WITHDRAWAL_REASONS = [
  'Người nộp hồ sơ có đơn đề nghị rút hồ sơ để hoàn thiện lại',
  'Tổ chức thay đổi phương án đầu tư, không tiếp tục đề nghị giải quyết',
  'Người nộp hồ sơ đề nghị rút hồ sơ, nộp lại tại cấp huyện',
];

/** Lệ phí of a licence or certificate, in đồng (the demo catalogue leaves the fee to the desk). */
export const FEES_VND = [50_000, 100_000, 150_000, 200_000, 500_000, 1_000_000];

export const SATISFACTION_ANSWERS: ReadonlyArray<Readonly<Record<string, string>>> = [
  { 'thái độ': 'Cán bộ tiếp nhận nhiệt tình, hướng dẫn rõ ràng' },
  { 'thời gian': 'Trả kết quả đúng hẹn' },
  { 'góp ý': 'Đề nghị niêm yết rõ hơn mẫu đơn tại Bộ phận một cửa' },
];
