/** A paper of an entry (tài liệu): a document of the system by id, or only a title (a paper from elsewhere). */
export type SchedulePaper = { documentId: string | null; title: string };

/**
 * One entry of the leaders' weekly schedule (một mục lịch công tác tuần): when and where, what,
 * the leader who chairs it (chủ trì), the leaders who attend (lãnh đạo dự) and the other attendees
 * as written (thành phần: agencies, units), the preparing unit (đơn vị chuẩn bị), the papers, and
 * whether it is confidential (mật: withheld from the public page and the feeds). A session of the
 * Committee may name its meeting (`meetingId`, the meetings context's stream id).
 */
export type ScheduleEntryTerms = {
  startsAt: string;
  endsAt: string;
  place: string;
  content: string;
  chairLeaderId: string;
  leaderIds: string[];
  attendees: string | null;
  preparingUnit: string | null;
  papers: SchedulePaper[];
  confidential: boolean;
  meetingId: string | null;
};

/** The fields of the terms, in the order the change notes name them. */
export const SCHEDULE_ENTRY_FIELDS = [
  'startsAt', 'endsAt', 'place', 'content', 'chairLeaderId', 'leaderIds', 'attendees', 'preparingUnit', 'papers', 'confidential', 'meetingId',
] as const satisfies readonly (keyof ScheduleEntryTerms)[];
export type ScheduleEntryField = (typeof SCHEDULE_ENTRY_FIELDS)[number];

export const SCHEDULE_ENTRY_FIELD_LABELS: Readonly<Record<ScheduleEntryField, string>> = {
  startsAt: 'Thời gian bắt đầu',
  endsAt: 'Thời gian kết thúc',
  place: 'Địa điểm',
  content: 'Nội dung',
  chairLeaderId: 'Chủ trì',
  leaderIds: 'Lãnh đạo dự',
  attendees: 'Thành phần',
  preparingUnit: 'Đơn vị chuẩn bị',
  papers: 'Tài liệu',
  confidential: 'Mật',
  meetingId: 'Cuộc họp',
};
