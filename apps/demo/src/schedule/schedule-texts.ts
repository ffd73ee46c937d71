/*
 * The demo's weekly schedules (lịch công tác tuần): what a provincial Committee's leaders do in a
 * week, by weekday (0 = Monday), time, chairing leader (username), leaders attending, place,
 * content, attendees, preparing unit, papers. Fixed texts: the demo is the same on every machine.
 */

export interface DemoEntry {
  day: number;
  from: string;
  to: string;
  chair: string;
  with?: string[];
  place: string;
  content: string;
  attendees?: string;
  preparing?: string;
  papers?: string[];
  confidential?: boolean;
}

const HALL = 'Hội trường tầng 3, trụ sở UBND tỉnh';
const ROOM1 = 'Phòng họp số 1, trụ sở UBND tỉnh';
const ROOM2 = 'Phòng họp số 2, trụ sở UBND tỉnh';

/** This week's: 13 entries; [0] is moved after publication, [9] cancelled, [7] confidential. */
export const THIS_WEEK: DemoEntry[] = [
  { day: 0, from: '08:00', to: '11:30', chair: 'chu.tich', with: ['pho.chu.tich.kt', 'pho.chu.tich.vx'], place: ROOM1, content: 'Họp giao ban lãnh đạo UBND tỉnh đầu tuần', attendees: 'Chánh Văn phòng, các Phó Chánh Văn phòng UBND tỉnh', preparing: 'Văn phòng UBND tỉnh (Phòng Tổng hợp)', papers: ['Báo cáo tình hình kinh tế - xã hội tuần trước'] },
  { day: 0, from: '14:00', to: '17:00', chair: 'pho.chu.tich.kt', place: ROOM2, content: 'Nghe báo cáo tiến độ giải ngân vốn đầu tư công năm 2026', attendees: 'Sở Kế hoạch và Đầu tư, Sở Tài chính, Kho bạc Nhà nước tỉnh, các chủ đầu tư', preparing: 'Sở Kế hoạch và Đầu tư', papers: ['Báo cáo số 412/BC-SKHĐT'] },
  { day: 1, from: '07:30', to: '11:30', chair: 'chu.tich', place: 'Trụ sở Tiếp công dân tỉnh', content: 'Tiếp công dân định kỳ tháng', attendees: 'Ban Tiếp công dân tỉnh, Thanh tra tỉnh, Sở Tài nguyên và Môi trường', preparing: 'Ban Tiếp công dân tỉnh' },
  { day: 1, from: '14:00', to: '16:30', chair: 'pho.chu.tich.vx', place: ROOM1, content: 'Họp Ban Chỉ đạo công tác phòng, chống dịch bệnh mùa đông - xuân', attendees: 'Sở Y tế, Sở Giáo dục và Đào tạo, UBND các huyện, thị xã, thành phố', preparing: 'Sở Y tế', papers: ['Kế hoạch phòng, chống dịch bệnh mùa đông - xuân', 'Dự thảo Chỉ thị của Chủ tịch UBND tỉnh'] },
  { day: 2, from: '08:00', to: '11:00', chair: 'pho.chu.tich.kt', with: ['pho.chanh.vp.kt'], place: 'Khu công nghiệp phía Bắc', content: 'Kiểm tra tiến độ dự án hạ tầng Khu công nghiệp phía Bắc', attendees: 'Ban Quản lý các khu công nghiệp, Sở Xây dựng, chủ đầu tư', preparing: 'Ban Quản lý các khu công nghiệp' },
  { day: 2, from: '14:00', to: '16:00', chair: 'chanh.vp', place: ROOM2, content: 'Giao ban Văn phòng UBND tỉnh', attendees: 'Lãnh đạo Văn phòng, trưởng các phòng, đơn vị thuộc Văn phòng', preparing: 'Phòng Hành chính – Tổ chức' },
  { day: 3, from: '08:00', to: '11:30', chair: 'chu.tich', with: ['pho.chu.tich.kt', 'pho.chu.tich.vx', 'chanh.vp'], place: HALL, content: 'Phiên họp UBND tỉnh thường kỳ tháng', attendees: 'Thành viên UBND tỉnh; đại diện Thường trực HĐND tỉnh, Ủy ban MTTQ Việt Nam tỉnh', preparing: 'Văn phòng UBND tỉnh', papers: ['Tờ trình thông qua dự thảo Nghị quyết về giá đất', 'Báo cáo tình hình thu, chi ngân sách'] },
  { day: 3, from: '14:00', to: '16:00', chair: 'chu.tich', place: ROOM1, content: 'Làm việc với Bộ Chỉ huy Quân sự tỉnh về nhiệm vụ quốc phòng địa phương', attendees: 'Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh', preparing: 'Bộ Chỉ huy Quân sự tỉnh', confidential: true },
  { day: 3, from: '14:00', to: '17:00', chair: 'pho.chu.tich.vx', place: 'Trường THPT Nguyễn Trãi', content: 'Dự lễ khánh thành nhà lớp học Trường THPT Nguyễn Trãi', attendees: 'Sở Giáo dục và Đào tạo, UBND huyện', preparing: 'Sở Giáo dục và Đào tạo' },
  { day: 4, from: '08:00', to: '10:00', chair: 'pho.chu.tich.kt', place: ROOM2, content: 'Nghe báo cáo phương án bồi thường, giải phóng mặt bằng đường tỉnh 295', attendees: 'Sở Giao thông vận tải, Sở Tài nguyên và Môi trường, UBND huyện', preparing: 'Sở Giao thông vận tải' },
  { day: 4, from: '09:00', to: '11:00', chair: 'pho.chanh.vp.vx', place: ROOM1, content: 'Họp thẩm định hồ sơ đề nghị khen thưởng', attendees: 'Sở Nội vụ (Ban Thi đua - Khen thưởng)', preparing: 'Sở Nội vụ' },
  { day: 4, from: '14:00', to: '16:30', chair: 'chu.tich', place: ROOM1, content: 'Làm việc với Hiệp hội Doanh nghiệp tỉnh về cải thiện môi trường đầu tư', attendees: 'Sở Kế hoạch và Đầu tư, Hiệp hội Doanh nghiệp tỉnh, Trung tâm Xúc tiến đầu tư', preparing: 'Sở Kế hoạch và Đầu tư' },
  { day: 5, from: '07:30', to: '10:00', chair: 'pho.chu.tich.vx', place: 'Quảng trường tỉnh', content: 'Dự Lễ phát động Tháng hành động vì người cao tuổi', attendees: 'Sở Lao động - Thương binh và Xã hội, Hội Người cao tuổi tỉnh', preparing: 'Sở Lao động - Thương binh và Xã hội' },
];

/** Added after publication (bổ sung), with its reason. */
export const ADDED: DemoEntry = {
  day: 2, from: '15:00', to: '17:00', chair: 'chu.tich', place: ROOM1, content: 'Họp xử lý sự cố sạt lở bờ sông tại huyện ven sông', attendees: 'Sở Nông nghiệp và Phát triển nông thôn, Ban Chỉ huy phòng, chống thiên tai tỉnh, UBND huyện', preparing: 'Sở Nông nghiệp và Phát triển nông thôn',
};

/** Next week's: drafted early in this week, published on Friday. */
export const NEXT_WEEK: DemoEntry[] = [
  { day: 0, from: '08:00', to: '11:30', chair: 'chu.tich', with: ['pho.chu.tich.kt', 'pho.chu.tich.vx'], place: ROOM1, content: 'Họp giao ban lãnh đạo UBND tỉnh đầu tuần', attendees: 'Chánh Văn phòng, các Phó Chánh Văn phòng UBND tỉnh', preparing: 'Văn phòng UBND tỉnh (Phòng Tổng hợp)' },
  { day: 0, from: '14:00', to: '16:30', chair: 'pho.chu.tich.kt', place: ROOM2, content: 'Nghe báo cáo dự toán ngân sách địa phương năm sau', attendees: 'Sở Tài chính, Cục Thuế tỉnh', preparing: 'Sở Tài chính', papers: ['Dự thảo báo cáo dự toán ngân sách'] },
  { day: 1, from: '08:00', to: '11:00', chair: 'pho.chu.tich.vx', place: ROOM1, content: 'Họp Hội đồng tuyển chọn sách giáo khoa', attendees: 'Sở Giáo dục và Đào tạo, thành viên Hội đồng', preparing: 'Sở Giáo dục và Đào tạo' },
  { day: 1, from: '14:00', to: '17:00', chair: 'chu.tich', place: HALL, content: 'Hội nghị đối thoại với doanh nghiệp năm nay', attendees: 'Các sở, ngành; doanh nghiệp, hợp tác xã trên địa bàn', preparing: 'Sở Kế hoạch và Đầu tư', papers: ['Tổng hợp kiến nghị của doanh nghiệp'] },
  { day: 2, from: '08:00', to: '11:30', chair: 'pho.chu.tich.kt', with: ['pho.chanh.vp.kt'], place: 'Huyện miền núi phía Tây', content: 'Kiểm tra công tác khắc phục hậu quả mưa lũ', attendees: 'Sở Nông nghiệp và Phát triển nông thôn, Sở Giao thông vận tải', preparing: 'UBND huyện' },
  { day: 2, from: '14:00', to: '16:00', chair: 'chanh.vp', place: ROOM2, content: 'Họp rà soát chương trình công tác tháng', attendees: 'Trưởng các phòng thuộc Văn phòng', preparing: 'Phòng Tổng hợp' },
  { day: 3, from: '08:00', to: '11:00', chair: 'chu.tich', place: ROOM1, content: 'Làm việc với Đoàn công tác của Bộ Kế hoạch và Đầu tư', attendees: 'Sở Kế hoạch và Đầu tư, Sở Tài chính', preparing: 'Sở Kế hoạch và Đầu tư' },
  { day: 3, from: '14:00', to: '16:30', chair: 'pho.chu.tich.vx', place: ROOM2, content: 'Nghe báo cáo đề án phát triển du lịch', attendees: 'Sở Văn hóa, Thể thao và Du lịch', preparing: 'Sở Văn hóa, Thể thao và Du lịch' },
  { day: 4, from: '08:00', to: '10:30', chair: 'pho.chu.tich.kt', place: ROOM1, content: 'Họp về giá đất cụ thể các dự án', attendees: 'Sở Tài nguyên và Môi trường, Sở Tài chính, Hội đồng thẩm định giá đất', preparing: 'Sở Tài nguyên và Môi trường' },
  { day: 4, from: '14:00', to: '16:00', chair: 'chu.tich', place: ROOM1, content: 'Tiếp và làm việc với Đoàn công tác Đại sứ quán', attendees: 'Sở Ngoại vụ', preparing: 'Sở Ngoại vụ' },
  { day: 4, from: '15:00', to: '16:30', chair: 'pho.chanh.vp.vx', place: ROOM2, content: 'Họp chuẩn bị nội dung phiên họp UBND tỉnh', attendees: 'Phòng Tổng hợp, các phòng chuyên môn', preparing: 'Phòng Tổng hợp' },
];
