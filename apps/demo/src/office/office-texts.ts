/**
 * Plausible wording for the demo office (a province's People's Committee Office): who writes to
 * it in each field, about what, and what the office answers. Only used to make demo data read
 * like the real registers.
 */
export interface FieldTexts {
  agencies: ReadonlyArray<readonly [name: string, abbreviation: string]>;
  subjects: readonly string[];
}

export const FIELD_TEXTS: Readonly<Record<string, FieldTexts>> = {
  'KH-DT': {
    agencies: [['Sở Kế hoạch và Đầu tư', 'SKHĐT'], ['Ban Quản lý Khu kinh tế tỉnh', 'BQLKKT'], ['UBND huyện Cam Lộ', 'UBND'], ['UBND thành phố Đông Hà', 'UBND']],
    subjects: [
      'đề nghị thẩm định chủ trương đầu tư dự án khu dân cư phía Đông',
      'điều chỉnh kế hoạch đầu tư công trung hạn',
      'báo cáo tình hình giải ngân vốn đầu tư công quý',
      'đề nghị cấp quyết định chủ trương đầu tư dự án nhà máy chế biến gỗ',
      'gia hạn tiến độ thực hiện dự án trang trại điện gió',
      'xúc tiến đầu tư vào khu công nghiệp Nam Đông Hà',
    ],
  },
  TC: {
    agencies: [['Sở Tài chính', 'STC'], ['Kho bạc Nhà nước tỉnh', 'KBNN'], ['Cục Thuế tỉnh', 'CT'], ['UBND huyện Hải Lăng', 'UBND']],
    subjects: [
      'bổ sung dự toán ngân sách cho các địa phương',
      'quyết toán ngân sách địa phương năm trước',
      'phương án sắp xếp lại, xử lý nhà, đất thuộc sở hữu nhà nước',
      'đề nghị ứng trước vốn ngân sách tỉnh',
      'tình hình thu ngân sách nhà nước tháng',
    ],
  },
  XD: {
    agencies: [['Sở Xây dựng', 'SXD'], ['Sở Giao thông vận tải', 'SGTVT'], ['UBND huyện Gio Linh', 'UBND'], ['Ban QLDA đầu tư xây dựng công trình giao thông', 'BQLDA']],
    subjects: [
      'thẩm định báo cáo nghiên cứu khả thi dự án đường ven biển',
      'điều chỉnh quy hoạch chi tiết xây dựng tỷ lệ 1/500',
      'cấp giấy phép xây dựng công trình trường học',
      'kiểm tra công tác nghiệm thu công trình cầu Đông Hà',
      'giá vật liệu xây dựng quý',
    ],
  },
  'GD-DT': {
    agencies: [['Sở Giáo dục và Đào tạo', 'SGDĐT'], ['Trường Đại học Quảng Trị', 'ĐHQT'], ['UBND huyện Triệu Phong', 'UBND']],
    subjects: [
      'kế hoạch tổ chức kỳ thi tốt nghiệp trung học phổ thông',
      'sắp xếp mạng lưới trường lớp năm học mới',
      'tuyển dụng giáo viên còn thiếu',
      'xét công nhận trường đạt chuẩn quốc gia',
      'kinh phí thực hiện chính sách hỗ trợ học sinh bán trú',
    ],
  },
  YT: {
    agencies: [['Sở Y tế', 'SYT'], ['Bảo hiểm xã hội tỉnh', 'BHXH'], ['Bệnh viện Đa khoa tỉnh', 'BVĐK'], ['Trung tâm Kiểm soát bệnh tật', 'CDC']],
    subjects: [
      'phòng, chống dịch sốt xuất huyết',
      'mua sắm trang thiết bị y tế cho bệnh viện tuyến huyện',
      'thực hiện chính sách bảo hiểm y tế cho người cận nghèo',
      'kiện toàn Ban chỉ đạo chăm sóc sức khỏe nhân dân',
      'tình hình an toàn thực phẩm dịp cuối năm',
    ],
  },
  NV: {
    agencies: [['Sở Nội vụ', 'SNV'], ['Ban Tổ chức Tỉnh ủy', 'BTCTU'], ['UBND huyện Vĩnh Linh', 'UBND'], ['Bộ Nội vụ', 'BNV']],
    subjects: [
      'giao biên chế công chức năm sau',
      'thi đua, khen thưởng tập thể, cá nhân có thành tích xuất sắc',
      'sắp xếp đơn vị hành chính cấp xã',
      'bổ nhiệm lại cán bộ lãnh đạo cấp phòng',
      'cải cách hành chính quý',
    ],
  },
  TP: {
    agencies: [['Sở Tư pháp', 'STP'], ['Thanh tra tỉnh', 'TTr'], ['Công an tỉnh', 'CAT'], ['Tòa án nhân dân tỉnh', 'TAND']],
    subjects: [
      'góp ý dự thảo quyết định quy phạm pháp luật của UBND tỉnh',
      'kết quả kiểm tra, rà soát văn bản quy phạm pháp luật',
      'giải quyết đơn khiếu nại của công dân',
      'phổ biến, giáo dục pháp luật năm',
      'bảo đảm an ninh trật tự dịp lễ',
    ],
  },
  TH: {
    agencies: [['Văn phòng Chính phủ', 'VPCP'], ['Văn phòng Tỉnh ủy', 'VPTU'], ['Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'VPĐĐBQH'], ['Bộ Kế hoạch và Đầu tư', 'BKHĐT']],
    subjects: [
      'báo cáo tình hình kinh tế - xã hội tháng',
      'chuẩn bị nội dung phiên họp thường kỳ của UBND tỉnh',
      'kết quả thực hiện chỉ đạo của Thủ tướng Chính phủ',
      'lịch công tác tuần của lãnh đạo UBND tỉnh',
      'tổng hợp ý kiến cử tri trước kỳ họp',
    ],
  },
};

export const INCOMING_TYPES = ['Công văn', 'Tờ trình', 'Báo cáo', 'Kế hoạch', 'Quyết định', 'Thông báo', 'Giấy mời'] as const;

/** What the office drafts in answer (ND30 types) and how it opens the excerpt. */
export const DRAFTS: ReadonlyArray<readonly [type: string, prefix: string]> = [
  ['decision', 'Quyết định về việc'],
  ['official_letter', 'Về việc'],
  ['official_letter', 'V/v'],
  ['report', 'Báo cáo'],
  ['plan', 'Kế hoạch'],
  ['notice', 'Thông báo kết luận về'],
];

export const DIRECTIONS = [
  'Giao phòng chủ trì, phối hợp các sở, ngành liên quan tham mưu, đề xuất',
  'Chuyển phòng nghiên cứu, tham mưu UBND tỉnh xử lý theo quy định',
  'Giao phòng theo dõi, tổng hợp, báo cáo lãnh đạo',
  'Đề nghị phòng khẩn trương tham mưu văn bản trả lời',
];

export const SUPPLEMENT_ITEMS = [
  'Bản sao quyết định phê duyệt chủ trương đầu tư',
  'Ý kiến thẩm định của Sở Tài chính',
  'Báo cáo đánh giá tác động môi trường',
  'Biên bản họp lấy ý kiến cộng đồng dân cư',
  'Dự toán kinh phí chi tiết',
];

export const SIGNERS = ['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Quang Vinh', 'Phạm Thị Hòa', 'Hoàng Đức Thắng', 'Võ Thị Kim Oanh', null] as const;

export const RECIPIENTS = ['Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'Sở Xây dựng', 'Sở Nội vụ', 'UBND các huyện, thị xã, thành phố', 'Các sở, ban, ngành', 'Thường trực Tỉnh ủy', 'Lưu: VT'];
