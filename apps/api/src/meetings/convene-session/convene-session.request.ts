import { ApiProperty } from '@nestjs/swagger';
import { SESSION_KINDS, type SessionKind } from '@office/domain';
import { IsUUID } from 'class-validator';
import { OneOf, OptionalText, Text } from '../../documents/http/validators';
import { NestedList, RealInstantField, SHORT_TEXT, TextList } from '../../dossiers/dossier-validators';

/** One item of the agenda; its id is given by the route (a1, a2, … in the order sent). */
export class AgendaItemRequest {
  @Text(1, SHORT_TEXT, 'Tờ trình điều chỉnh kế hoạch đầu tư công năm 2026') title!: string;
  @Text(1, SHORT_TEXT, 'Sở Kế hoạch và Đầu tư') presentingAgency!: string;
  /** An item of the work programme (chương trình công tác), if the agenda item comes from it. */
  @OptionalText(64, 'CT-2026-03-01') programmeItemRef?: string | null;
}

/** POST /api/meetings/convene: the office's leader convenes a session and assigns its specialist. */
export class ConveneSessionRequest {
  @OneOf(SESSION_KINDS) kind!: SessionKind;
  @Text(1, SHORT_TEXT, 'Phiên họp UBND tỉnh thường kỳ tháng 3 năm 2026') title!: string;
  @RealInstantField() startsAt!: string;
  @Text(1, SHORT_TEXT, 'Phòng họp số 1, trụ sở UBND tỉnh') place!: string;
  @Text(1, 16, 'KH-DT') fieldCode!: string;
  @ApiProperty({ format: 'uuid', description: 'lãnh đạo chủ trì' }) @IsUUID('all', { message: 'presidingLeaderId phải là mã người dùng (UUID)' }) presidingLeaderId!: string;
  @ApiProperty({ format: 'uuid', description: 'chuyên viên được phân công' }) @IsUUID('all', { message: 'specialistId phải là mã người dùng (UUID)' }) specialistId!: string;
  @ApiProperty({ type: [String], format: 'uuid', description: 'lãnh đạo UBND tỉnh được mời' })
  @IsUUID('all', { each: true, message: 'invitedLeaderIds phải là mã người dùng (UUID)' })
  invitedLeaderIds!: string[];
  @TextList(100, SHORT_TEXT, 'Giám đốc Sở Tài chính', true) invitedAgencies?: string[];
  @NestedList(() => AgendaItemRequest, 50) agenda!: AgendaItemRequest[];
}
