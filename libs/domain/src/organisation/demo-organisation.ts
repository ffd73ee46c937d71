import type { Department, Field, Organisation, Role, User } from './organisation';

/** Stable ids so that the demo organisation is the same on every machine. */
const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const departments: Department[] = [
  { id: id(0x101), code: 'KT', name: 'Phòng Kinh tế' },
  { id: id(0x102), code: 'VX', name: 'Phòng Văn hóa – Xã hội' },
  { id: id(0x103), code: 'NC', name: 'Phòng Nội chính' },
  { id: id(0x104), code: 'TH', name: 'Phòng Tổng hợp' },
  { id: id(0x105), code: 'HCTC', name: 'Phòng Hành chính – Tổ chức' },
];
const dept = (code: string) => departments.find((d) => d.code === code)!.id;

const people: Array<[string, string, Role, string | null]> = [
  ['chu.tich', 'Nguyễn Văn Thành', 'committee_chairman', null],
  ['pho.chu.tich.kt', 'Trần Quốc Hưng', 'committee_vice_chairman', null],
  ['pho.chu.tich.vx', 'Lê Thị Thu Hà', 'committee_vice_chairman', null],
  ['chanh.vp', 'Phạm Minh Đức', 'office_chief', null],
  ['pho.chanh.vp.kt', 'Hoàng Văn Nam', 'office_deputy_chief', null],
  ['pho.chanh.vp.vx', 'Vũ Thị Lan', 'office_deputy_chief', null],
  ['tp.kt', 'Đặng Quang Huy', 'department_head', 'KT'],
  ['tp.vx', 'Bùi Thị Hồng Nhung', 'department_head', 'VX'],
  ['tp.nc', 'Đỗ Văn Khánh', 'department_head', 'NC'],
  ['tp.th', 'Ngô Thị Mai', 'department_head', 'TH'],
  ['tp.hctc', 'Dương Văn Tùng', 'department_head', 'HCTC'],
  ['cv.kt1', 'Lý Minh Tuấn', 'specialist', 'KT'],
  ['cv.kt2', 'Trịnh Thị Hương', 'specialist', 'KT'],
  ['cv.vx1', 'Phan Văn Long', 'specialist', 'VX'],
  ['cv.vx2', 'Mai Thị Ngọc Ánh', 'specialist', 'VX'],
  ['cv.nc1', 'Tạ Đình Phong', 'specialist', 'NC'],
  ['cv.th1', 'Cao Thị Thanh Tâm', 'specialist', 'TH'],
  ['vanthu1', 'Lương Thị Hạnh', 'clerk', 'HCTC'],
  ['vanthu2', 'Hồ Văn Sơn', 'clerk', 'HCTC'],
  ['motcua1', 'Kiều Thị Yến', 'onestop_officer', 'HCTC'],
  ['thuky.iso', 'Đinh Thị Phương', 'iso_secretary', 'HCTC'],
  ['kiemtoan1', 'Chu Văn Bình', 'auditor', null],
  ['quantri', 'Quách Minh Khoa', 'admin', null],
  // Last, so that the ids of everyone above stay what earlier data holds: a second desk officer for the one-stop desk's demo.
  ['motcua2', 'Trương Thị Thanh Thủy', 'onestop_officer', 'HCTC'],
];

const users: User[] = people.map(([username, fullName, role, department], i) => ({
  id: id(0x201 + i),
  username,
  fullName,
  roles: [role],
  departmentId: department ? dept(department) : null,
  email: `${username}@vpubnd.example.vn`,
}));
const user = (username: string) => users.find((u) => u.username === username)!.id;

const fields: Field[] = [
  ['KH-DT', 'Kế hoạch và Đầu tư', 'KT', 'pho.chanh.vp.kt', 'pho.chu.tich.kt'],
  ['TC', 'Tài chính', 'KT', 'pho.chanh.vp.kt', 'pho.chu.tich.kt'],
  ['XD', 'Xây dựng', 'KT', 'pho.chanh.vp.kt', 'pho.chu.tich.kt'],
  ['GD-DT', 'Giáo dục và Đào tạo', 'VX', 'pho.chanh.vp.vx', 'pho.chu.tich.vx'],
  ['YT', 'Y tế', 'VX', 'pho.chanh.vp.vx', 'pho.chu.tich.vx'],
  ['NV', 'Nội vụ', 'NC', 'chanh.vp', 'chu.tich'],
  ['TP', 'Tư pháp', 'NC', 'chanh.vp', 'chu.tich'],
  ['TH', 'Tổng hợp', 'TH', 'chanh.vp', 'chu.tich'],
  // The rest of the 25 fields of the one-stop desk's procedure catalogue (DOMAIN.md §6).
  ['DD', 'Đất đai', 'KT', 'pho.chanh.vp.kt', 'pho.chu.tich.kt'],
  ['DC-KS', 'Địa chất và khoáng sản', 'KT', 'pho.chanh.vp.kt', 'pho.chu.tich.kt'],
  ['TNN', 'Tài nguyên nước', 'KT', 'pho.chanh.vp.kt', 'pho.chu.tich.kt'],
  ['MT', 'Môi trường', 'KT', 'pho.chanh.vp.kt', 'pho.chu.tich.kt'],
  ['KTTV', 'Khí tượng thủy văn và biến đổi khí hậu', 'KT', 'pho.chanh.vp.kt', 'pho.chu.tich.kt'],
  ['BHD', 'Biển và hải đảo', 'KT', 'pho.chanh.vp.kt', 'pho.chu.tich.kt'],
  ['TL', 'Thủy lợi', 'KT', 'pho.chanh.vp.kt', 'pho.chu.tich.kt'],
  ['PCTT', 'Đê điều và phòng, chống thiên tai', 'KT', 'pho.chanh.vp.kt', 'pho.chu.tich.kt'],
  ['LN', 'Lâm nghiệp và kiểm lâm', 'KT', 'pho.chanh.vp.kt', 'pho.chu.tich.kt'],
  ['BTTN', 'Bảo tồn thiên nhiên và đa dạng sinh học', 'KT', 'pho.chanh.vp.kt', 'pho.chu.tich.kt'],
  ['NO-CS', 'Nhà ở và công sở', 'KT', 'pho.chanh.vp.kt', 'pho.chu.tich.kt'],
  ['GT', 'Giao thông vận tải', 'KT', 'pho.chanh.vp.kt', 'pho.chu.tich.kt'],
  ['CT', 'Công thương', 'KT', 'pho.chanh.vp.kt', 'pho.chu.tich.kt'],
  ['BTXH', 'Bảo trợ xã hội', 'VX', 'pho.chanh.vp.vx', 'pho.chu.tich.vx'],
  ['TE', 'Trẻ em', 'VX', 'pho.chanh.vp.vx', 'pho.chu.tich.vx'],
  ['TNXH', 'Phòng, chống tệ nạn xã hội', 'VX', 'pho.chanh.vp.vx', 'pho.chu.tich.vx'],
  ['VH-TT-DL', 'Văn hóa, thể thao và du lịch', 'VX', 'pho.chanh.vp.vx', 'pho.chu.tich.vx'],
].map(([code, name, department, officeLeader, committeeLeader]) => ({
  code,
  name,
  departmentId: dept(department),
  officeLeaderId: user(officeLeader),
  committeeLeaderId: user(committeeLeader),
}));

/** The demo organisation of DOMAIN.md §1, seeded by the embedded default (password `demo`). */
export const DEMO_ORGANISATION: Organisation = { departments, users, fields };
