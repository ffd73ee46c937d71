/**
 * Plausible wording for the demo of leaders' directives (DOMAIN.md §8): the meetings the
 * Committee's leaders presided over the last ten weeks, their conclusion notices, the tasks they
 * gave and the tasks from other documents, each with what becomes of it (its `fate`). Days are
 * counted back from the demo's today, so the register always looks current. Only used to make the
 * demo read like a real task register.
 */

/**
 * What becomes of a task: done on time or late (an agency's completion report, accepted), still in
 * time or overdue; extended by the directing leader, escalated with an obstacle, cancelled, or
 * reported done and awaiting the Office's assessment. Periodic tasks report monthly.
 */
export type DirectiveFate = 'on_time' | 'late' | 'in_time' | 'overdue' | 'extended' | 'escalated' | 'cancelled' | 'reported' | 'periodic';

export interface DemoDirectiveText {
  content: string;
  lead: string;
  co?: string[];
  /** Calendar days from the meeting (or the source document) to the due date; null with periodic reporting. */
  dueAfter: number | null;
  fate: DirectiveFate;
  /** The agency's report symbols (progress, completion), as they arrive at the Office. */
  reportSymbol: string;
}

export interface DemoMeetingText {
  /** The plan's subject, and part of every idempotency key. */
  key: string;
  /** Calendar days before today (moved back to a working day). */
  daysAgo: number;
  presiding: string;
  fieldCode: string;
  /** The specialist who records the meeting, drafts its notice and follows its tasks up. */
  specialist: string;
  title: string;
  attendees: string[];
  excerpt: string;
  conclusions: string;
  /** How far the notice has gone: issued (tasks given), drafted (awaits the presiding leader), none (not drafted: its clock runs). */
  notice: 'issued' | 'drafted' | 'none';
  /** Drafted after the 3-working-day clock (recorded as late). */
  lateDraft?: boolean;
  directives: DemoDirectiveText[];
}

export interface DemoOtherTaskText extends DemoDirectiveText {
  key: string;
  daysAgo: number;
  source: { kind: 'decision' | 'official_letter' | 'leader_instruction'; symbol: string; documentId: string };
  directing: string;
  fieldCode: string;
  /** Who registers it: a specialist, or the clerk for a leader's instruction written on an incoming document. */
  registrar: string;
  followUp: string;
}

const SO_TAI_CHINH = 'Sở Tài chính';
const SO_XAY_DUNG = 'Sở Xây dựng';
const SO_NN_MT = 'Sở Nông nghiệp và Môi trường';
const SO_GD = 'Sở Giáo dục và Đào tạo';
const SO_YT = 'Sở Y tế';
const SO_NOI_VU = 'Sở Nội vụ';
const BQL_DD = 'Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh';

export const DEMO_MEETINGS: readonly DemoMeetingText[] = [
  {
    key: 'giai-ngan',
    daysAgo: 70,
    presiding: 'pho.chu.tich.kt',
    fieldCode: 'KH-DT',
    specialist: 'cv.kt1',
    title: 'Họp nghe báo cáo tình hình giải ngân vốn đầu tư công năm nay',
    attendees: [SO_TAI_CHINH, SO_XAY_DUNG, 'Kho bạc Nhà nước khu vực XI', BQL_DD, 'UBND thành phố Đông Hà', 'UBND huyện Cam Lộ'],
    excerpt: 'Kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại cuộc họp nghe báo cáo tình hình giải ngân vốn đầu tư công',
    conclusions: 'Tỷ lệ giải ngân đến nay còn thấp so với kế hoạch. Yêu cầu các chủ đầu tư xác định giải ngân là nhiệm vụ chính trị trọng tâm, khẩn trương tháo gỡ vướng mắc về mặt bằng, hồ sơ thanh toán; đơn vị nào giải ngân dưới 60% sẽ bị điều chuyển vốn.',
    notice: 'issued',
    directives: [
      { content: 'Rà soát, tham mưu UBND tỉnh điều chuyển kế hoạch vốn của các dự án giải ngân chậm sang các dự án có khả năng giải ngân tốt', lead: SO_TAI_CHINH, co: ['Kho bạc Nhà nước khu vực XI'], dueAfter: 21, fate: 'on_time', reportSymbol: '412/BC-STC' },
      { content: 'Hoàn thành hồ sơ thanh toán khối lượng hoàn thành các gói thầu xây lắp dự án Trung tâm Văn hóa – Thể thao tỉnh', lead: BQL_DD, dueAfter: 21, fate: 'late', reportSymbol: '87/BC-BQLDD' },
      { content: 'Báo cáo tiến độ bồi thường, giải phóng mặt bằng các dự án trọng điểm trên địa bàn thành phố', lead: 'UBND thành phố Đông Hà', co: [SO_NN_MT], dueAfter: 30, fate: 'on_time', reportSymbol: '156/BC-UBND' },
      { content: 'Xây dựng kế hoạch giải ngân chi tiết theo từng tháng đến hết năm của các dự án do huyện làm chủ đầu tư', lead: 'UBND huyện Cam Lộ', dueAfter: 30, fate: 'overdue', reportSymbol: '98/BC-UBND' },
    ],
  },
  {
    key: 'truong-hoc',
    daysAgo: 63,
    presiding: 'pho.chu.tich.vx',
    fieldCode: 'GD-DT',
    specialist: 'cv.vx1',
    title: 'Họp kiểm điểm công tác bảo đảm cơ sở vật chất trường học',
    attendees: [SO_GD, SO_TAI_CHINH, SO_XAY_DUNG, 'UBND huyện Hải Lăng', 'UBND huyện Gio Linh'],
    excerpt: 'Kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại cuộc họp kiểm điểm công tác bảo đảm cơ sở vật chất trường học',
    conclusions: 'Nhiều phòng học xuống cấp chưa được sửa chữa; thiếu nhà vệ sinh đạt chuẩn ở các điểm trường lẻ. Các địa phương chủ động cân đối ngân sách, ưu tiên sửa chữa trước mùa mưa bão.',
    notice: 'issued',
    directives: [
      { content: 'Tổng hợp danh mục phòng học xuống cấp cần sửa chữa, cải tạo; đề xuất nguồn kinh phí thực hiện', lead: SO_GD, co: [SO_TAI_CHINH], dueAfter: 20, fate: 'on_time', reportSymbol: '233/BC-SGDĐT' },
      { content: 'Hoàn thành sửa chữa các phòng học hư hỏng nặng tại các điểm trường lẻ trước mùa mưa bão', lead: 'UBND huyện Hải Lăng', dueAfter: 25, fate: 'late', reportSymbol: '141/BC-UBND' },
      { content: 'Khảo sát, lập phương án xây dựng nhà vệ sinh đạt chuẩn tại các trường mầm non vùng gò đồi', lead: 'UBND huyện Gio Linh', dueAfter: 40, fate: 'cancelled', reportSymbol: '77/BC-UBND' },
      { content: 'Hướng dẫn các địa phương định mức, thiết kế mẫu sửa chữa phòng học cấp 4', lead: SO_XAY_DUNG, co: [SO_GD], dueAfter: 35, fate: 'on_time', reportSymbol: '1021/SXD-QLXD' },
    ],
  },
  {
    key: 'giao-ban',
    daysAgo: 56,
    presiding: 'chu.tich',
    fieldCode: 'TH',
    specialist: 'cv.th1',
    title: 'Họp giao ban UBND tỉnh đánh giá tình hình kinh tế – xã hội tháng',
    attendees: ['Các Phó Chủ tịch UBND tỉnh', SO_TAI_CHINH, SO_NOI_VU, 'Thanh tra tỉnh', 'Công an tỉnh', 'Văn phòng UBND tỉnh'],
    excerpt: 'Kết luận của đồng chí Chủ tịch UBND tỉnh tại phiên họp giao ban đánh giá tình hình kinh tế – xã hội',
    conclusions: 'Tình hình kinh tế – xã hội tiếp tục chuyển biến tích cực; thu ngân sách đạt khá. Tuy nhiên cải cách hành chính, giải quyết hồ sơ trực tuyến còn chậm; các sở, ngành tập trung khắc phục.',
    notice: 'issued',
    directives: [
      { content: 'Báo cáo kết quả kiểm tra công vụ, việc chấp hành kỷ luật, kỷ cương hành chính tại các sở, ngành', lead: SO_NOI_VU, dueAfter: 14, fate: 'late', reportSymbol: '318/BC-SNV' },
      { content: 'Đề xuất giải pháp tăng thu ngân sách, chống thất thu thuế trong lĩnh vực đất đai', lead: SO_TAI_CHINH, co: [SO_NN_MT, 'Thuế tỉnh'], dueAfter: 21, fate: 'on_time', reportSymbol: '455/BC-STC' },
      { content: 'Rà soát, giải quyết dứt điểm các hồ sơ thủ tục hành chính trễ hạn trên Hệ thống thông tin giải quyết thủ tục hành chính', lead: 'Văn phòng UBND tỉnh', dueAfter: 28, fate: 'overdue', reportSymbol: '92/BC-VP' },
      { content: 'Tổng kết, đánh giá việc thực hiện Đề án 06 về dữ liệu dân cư, định danh và xác thực điện tử', lead: 'Công an tỉnh', co: [SO_NOI_VU], dueAfter: 30, fate: 'extended', reportSymbol: '210/BC-CAT' },
      { content: 'Thanh tra việc quản lý, sử dụng đất công tại các đơn vị sự nghiệp công lập', lead: 'Thanh tra tỉnh', dueAfter: 35, fate: 'reported', reportSymbol: '64/BC-TTr' },
    ],
  },
  {
    key: 'tai-dinh-cu',
    daysAgo: 42,
    presiding: 'pho.chu.tich.kt',
    fieldCode: 'XD',
    specialist: 'cv.kt2',
    title: 'Họp về tiến độ xây dựng Khu tái định cư phục vụ dự án đường ven biển',
    attendees: [SO_XAY_DUNG, SO_NN_MT, SO_TAI_CHINH, 'UBND huyện Gio Linh', 'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh'],
    excerpt: 'Kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại cuộc họp về tiến độ Khu tái định cư phục vụ dự án đường ven biển',
    conclusions: 'Khu tái định cư chậm tiến độ do thiếu vật liệu đắp nền và vướng mặt bằng đường điện. Yêu cầu hoàn thành hạ tầng để bàn giao đất ở cho các hộ dân trước Tết.',
    notice: 'issued',
    lateDraft: true,
    directives: [
      { content: 'Hướng dẫn thủ tục cấp phép khai thác mỏ đất đắp nền phục vụ công trình khu tái định cư', lead: SO_NN_MT, dueAfter: 20, fate: 'on_time', reportSymbol: '1544/SNNMT-KS' },
      { content: 'Phối hợp Điện lực di dời đường dây trung thế ra khỏi phạm vi khu tái định cư', lead: 'UBND huyện Gio Linh', co: ['Công ty Điện lực tỉnh'], dueAfter: 45, fate: 'escalated', reportSymbol: '203/BC-UBND' },
      { content: 'Thẩm định điều chỉnh thiết kế bản vẽ thi công hạng mục san nền, thoát nước', lead: SO_XAY_DUNG, dueAfter: 25, fate: 'overdue', reportSymbol: '1107/SXD-QLXD' },
      { content: 'Lập phương án bố trí tái định cư, công khai danh sách hộ được giao đất', lead: 'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh', co: ['UBND huyện Gio Linh'], dueAfter: 60, fate: 'in_time', reportSymbol: '55/BC-BQLGT' },
    ],
  },
  {
    key: 'mat-bang',
    daysAgo: 28,
    presiding: 'pho.chu.tich.kt',
    fieldCode: 'DD',
    specialist: 'cv.kt1',
    title: 'Họp xử lý vướng mắc bồi thường, giải phóng mặt bằng dự án Khu công nghiệp Quán Ngang giai đoạn 2',
    attendees: [SO_NN_MT, SO_TAI_CHINH, 'Ban Quản lý Khu kinh tế tỉnh', 'UBND huyện Gio Linh'],
    excerpt: 'Kết luận của đồng chí Phó Chủ tịch UBND tỉnh về xử lý vướng mắc bồi thường, giải phóng mặt bằng Khu công nghiệp Quán Ngang giai đoạn 2',
    conclusions: 'Còn 37 hộ chưa nhận tiền bồi thường do chưa thống nhất đơn giá cây trồng và nguồn gốc đất. Giao các ngành xác định lại nguồn gốc đất, áp dụng đúng bảng giá, đối thoại với từng hộ.',
    notice: 'issued',
    directives: [
      { content: 'Xác định nguồn gốc đất của các thửa đất còn vướng mắc, báo cáo đề xuất phương án xử lý', lead: SO_NN_MT, dueAfter: 14, fate: 'late', reportSymbol: '1688/SNNMT-QLĐĐ' },
      { content: 'Thẩm định đơn giá bồi thường cây trồng, vật nuôi bổ sung cho các hộ còn kiến nghị', lead: SO_TAI_CHINH, dueAfter: 14, fate: 'on_time', reportSymbol: '502/STC-QLG' },
      { content: 'Tổ chức đối thoại với các hộ dân chưa nhận tiền bồi thường, vận động bàn giao mặt bằng', lead: 'UBND huyện Gio Linh', co: ['Ban Quản lý Khu kinh tế tỉnh'], dueAfter: 45, fate: 'in_time', reportSymbol: '226/BC-UBND' },
      { content: 'Báo cáo nhu cầu vốn bồi thường giai đoạn 2, đề xuất tạm ứng từ Quỹ phát triển đất', lead: 'Ban Quản lý Khu kinh tế tỉnh', dueAfter: 50, fate: 'in_time', reportSymbol: '118/BC-BQLKKT' },
    ],
  },
  {
    key: 'sot-xuat-huyet',
    daysAgo: 17,
    presiding: 'pho.chu.tich.vx',
    fieldCode: 'YT',
    specialist: 'cv.vx2',
    title: 'Họp triển khai các biện pháp cấp bách phòng, chống dịch sốt xuất huyết',
    attendees: [SO_YT, SO_GD, 'Trung tâm Kiểm soát bệnh tật tỉnh', 'UBND thành phố Đông Hà', 'UBND huyện Triệu Phong'],
    excerpt: 'Kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại cuộc họp triển khai phòng, chống dịch sốt xuất huyết',
    conclusions: 'Số ca mắc sốt xuất huyết tăng gấp đôi cùng kỳ, tập trung ở thành phố Đông Hà. Yêu cầu ra quân diệt lăng quăng, phun hóa chất dập dịch kịp thời, không để dịch lan rộng.',
    notice: 'issued',
    directives: [
      { content: 'Tổ chức chiến dịch diệt lăng quăng, bọ gậy tại 100% hộ gia đình ở các phường có ổ dịch', lead: 'UBND thành phố Đông Hà', dueAfter: 14, fate: 'on_time', reportSymbol: '301/BC-UBND' },
      { content: 'Bảo đảm đủ hóa chất, vật tư phun khử khuẩn; giám sát chặt các ổ dịch mới', lead: SO_YT, co: ['Trung tâm Kiểm soát bệnh tật tỉnh'], dueAfter: 12, fate: 'overdue', reportSymbol: '845/BC-SYT' },
      { content: 'Lồng ghép tuyên truyền phòng, chống sốt xuất huyết trong các trường học', lead: SO_GD, dueAfter: 30, fate: 'in_time', reportSymbol: '260/BC-SGDĐT' },
      { content: 'Rà soát năng lực thu dung, điều trị bệnh nhân sốt xuất huyết nặng tại tuyến huyện', lead: 'UBND huyện Triệu Phong', co: [SO_YT], dueAfter: 45, fate: 'in_time', reportSymbol: '133/BC-UBND' },
    ],
  },
  {
    key: 'bien-che',
    daysAgo: 8,
    presiding: 'chu.tich',
    fieldCode: 'NV',
    specialist: 'cv.nc1',
    title: 'Họp về phương án sắp xếp, tinh giản biên chế các đơn vị sự nghiệp công lập',
    attendees: [SO_NOI_VU, SO_TAI_CHINH, SO_YT, SO_GD],
    excerpt: 'Kết luận của đồng chí Chủ tịch UBND tỉnh về phương án sắp xếp, tinh giản biên chế các đơn vị sự nghiệp công lập',
    conclusions: 'Thống nhất chủ trương sáp nhập các trung tâm có chức năng tương đồng; bảo đảm chế độ cho người lao động dôi dư.',
    notice: 'drafted',
    directives: [
      { content: 'Hoàn thiện đề án sắp xếp các đơn vị sự nghiệp công lập trực thuộc, trình UBND tỉnh', lead: SO_NOI_VU, dueAfter: 40, fate: 'in_time', reportSymbol: '402/TTr-SNV' },
      { content: 'Tính toán kinh phí giải quyết chế độ cho người lao động dôi dư sau sắp xếp', lead: SO_TAI_CHINH, co: [SO_NOI_VU], dueAfter: 45, fate: 'in_time', reportSymbol: '611/BC-STC' },
    ],
  },
  {
    key: 'an-toan-giao-thong',
    daysAgo: 6,
    presiding: 'pho.chu.tich.kt',
    fieldCode: 'GT',
    specialist: 'cv.kt2',
    title: 'Họp Ban An toàn giao thông tỉnh về các điểm đen tai nạn giao thông trên Quốc lộ 9',
    attendees: [SO_XAY_DUNG, 'Công an tỉnh', 'UBND huyện Cam Lộ', 'UBND huyện Hướng Hóa'],
    excerpt: 'Kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại cuộc họp Ban An toàn giao thông tỉnh',
    conclusions: 'Giao các ngành rà soát, khắc phục ngay các điểm đen; tăng cường tuần tra, kiểm soát tải trọng xe trên Quốc lộ 9.',
    notice: 'none',
    directives: [],
  },
];

export const DEMO_OTHER_TASKS: readonly DemoOtherTaskText[] = [
  {
    key: 'qd-chuyen-doi-so', daysAgo: 50, directing: 'pho.chu.tich.kt', fieldCode: 'TC', registrar: 'cv.kt2', followUp: 'cv.kt2',
    source: { kind: 'decision', symbol: '412/QĐ-UBND', documentId: 'demo-qd-412' },
    content: 'Triển khai thanh toán không dùng tiền mặt đối với phí, lệ phí thủ tục hành chính tại Trung tâm Phục vụ hành chính công', lead: SO_TAI_CHINH, co: ['Ngân hàng Nhà nước khu vực 10'], dueAfter: 30, fate: 'on_time', reportSymbol: '488/BC-STC',
  },
  {
    key: 'cv-rac-thai', daysAgo: 45, directing: 'pho.chu.tich.kt', fieldCode: 'MT', registrar: 'cv.kt1', followUp: 'cv.kt1',
    source: { kind: 'official_letter', symbol: '1865/UBND-KT', documentId: 'demo-cv-1865' },
    content: 'Kiểm tra, xử lý tình trạng tập kết rác thải sinh hoạt không đúng quy định tại bãi rác Đông Lương', lead: SO_NN_MT, co: ['UBND thành phố Đông Hà'], dueAfter: 20, fate: 'late', reportSymbol: '1702/SNNMT-MT',
  },
  {
    key: 'but-phe-thi-tuyen', daysAgo: 35, directing: 'chu.tich', fieldCode: 'NV', registrar: 'vanthu1', followUp: 'cv.nc1',
    source: { kind: 'leader_instruction', symbol: '125/BC-SNV', documentId: 'demo-den-125-bc-snv' },
    content: 'Giao Sở Nội vụ chủ trì rà soát quy trình thi tuyển viên chức ngành giáo dục, báo cáo UBND tỉnh trước khi công nhận kết quả', lead: SO_NOI_VU, dueAfter: 20, fate: 'overdue', reportSymbol: '355/BC-SNV',
  },
  {
    key: 'but-phe-vaccine', daysAgo: 20, directing: 'pho.chu.tich.vx', fieldCode: 'YT', registrar: 'vanthu2', followUp: 'cv.vx2',
    source: { kind: 'leader_instruction', symbol: '88/TTr-SYT', documentId: 'demo-den-88-ttr-syt' },
    content: 'Giao Sở Y tế thẩm định nhu cầu, đề xuất mua bổ sung vắc xin tiêm chủng mở rộng từ ngân sách tỉnh', lead: SO_YT, co: [SO_TAI_CHINH], dueAfter: 40, fate: 'in_time', reportSymbol: '902/BC-SYT',
  },
  {
    key: 'qd-ql9', daysAgo: 30, directing: 'pho.chu.tich.kt', fieldCode: 'GT', registrar: 'cv.kt2', followUp: 'cv.kt2',
    source: { kind: 'decision', symbol: '2150/QĐ-UBND', documentId: 'demo-qd-2150' },
    content: 'Báo cáo hằng tháng tiến độ sửa chữa, mở rộng các điểm đen tai nạn giao thông trên Quốc lộ 9', lead: SO_XAY_DUNG, dueAfter: null, fate: 'periodic', reportSymbol: '1190/BC-SXD',
  },
  {
    key: 'cv-le-hoi', daysAgo: 12, directing: 'pho.chu.tich.vx', fieldCode: 'VH-TT-DL', registrar: 'cv.vx1', followUp: 'cv.vx1',
    source: { kind: 'official_letter', symbol: '2011/UBND-VX', documentId: 'demo-cv-2011' },
    content: 'Xây dựng kế hoạch tổ chức Lễ hội Thống nhất non sông, bảo đảm an ninh, an toàn và tiết kiệm', lead: 'Sở Văn hóa, Thể thao và Du lịch', co: ['Công an tỉnh'], dueAfter: 25, fate: 'in_time', reportSymbol: '377/KH-SVHTTDL',
  },
];

/** What the follow-up specialist says when chasing (đôn đốc). */
export const CHASE_NOTES = [
  'Đề nghị đơn vị khẩn trương thực hiện, báo cáo kết quả về UBND tỉnh (qua Văn phòng)',
  'Nhắc đơn vị nhiệm vụ đã quá hạn, đề nghị báo cáo rõ nguyên nhân chậm trễ',
  'Đôn đốc qua điện thoại; đơn vị hứa gửi báo cáo trong tuần',
];

export const PROGRESS_SUMMARIES = [
  'Đơn vị đã triển khai, khối lượng thực hiện đạt khoảng một nửa; đang hoàn thiện hồ sơ',
  'Đã tổ chức kiểm tra thực địa, đang tổng hợp số liệu để báo cáo',
  'Đã xây dựng dự thảo, đang lấy ý kiến các cơ quan phối hợp',
];
