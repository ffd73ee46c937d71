/**
 * Cơ quan ban hành: the office whose one-stop desk prints the forms, as the ND30 header and the
 * body name it. Built by `provincialOffice` from the province's name; the demo uses DEMO_OFFICE.
 */
export type OfficeIdentity = {
  /** Tên cơ quan chủ quản, printed in capitals on the header's first line: "UBND TỈNH AN THÀNH". */
  parentName: string;
  /** Tên cơ quan ban hành, printed bold in capitals under it: "VĂN PHÒNG". */
  name: string;
  /** The office in running text: "Văn phòng UBND tỉnh An Thành". */
  fullName: string;
  /** Địa danh of the date line: "An Thành, ngày … tháng … năm …". */
  place: string;
  /** Bộ phận tiếp nhận và trả kết quả, in running text. */
  deskName: string;
  /** Where the desk receives and returns dossiers (the slip's place of return). */
  deskAddress: string;
  /** The desk's telephone, printed for the applicant's questions. */
  deskPhone: string;
};

/** The office of the People's Committee of `province` ("An Thành"), with its desk's address and phone. */
export function provincialOffice(province: string, desk: { address: string; phone: string }): OfficeIdentity {
  const fullName = `Văn phòng UBND tỉnh ${province}`;
  return {
    parentName: `UBND TỈNH ${province.toLocaleUpperCase('vi')}`,
    name: 'VĂN PHÒNG',
    fullName,
    place: province,
    deskName: `Bộ phận tiếp nhận và trả kết quả, ${fullName}`,
    deskAddress: desk.address,
    deskPhone: desk.phone,
  };
}

/** The demo's fictitious province: no real province is called An Thành. */
export const DEMO_PROVINCE = 'An Thành';

export const DEMO_OFFICE: OfficeIdentity = provincialOffice(DEMO_PROVINCE, {
  address: `Số 1 đường Trung Tâm, phường Trung Tâm, tỉnh ${DEMO_PROVINCE}`,
  phone: '0200 3 812 345',
});
