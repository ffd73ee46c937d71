import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { LocalDateField, Text } from '../../documents/http/validators';
import { SHORT_TEXT, TextList } from '../../dossiers/dossier-validators';

/** POST /api/meetings: the specialist who records a meeting drafts its conclusion notice. */
export class RecordMeetingRequest {
  @Text(1, SHORT_TEXT, 'Họp nghe báo cáo tiến độ các dự án đầu tư công') title!: string;
  @LocalDateField() heldOn!: string;
  @Text(1, 16, 'KH-DT') fieldCode!: string;
  @ApiProperty({ format: 'uuid', description: 'lãnh đạo chủ trì' }) @IsUUID('all', { message: 'presidingLeaderId phải là mã người dùng (UUID)' }) presidingLeaderId!: string;
  @TextList(200, SHORT_TEXT, 'Sở Kế hoạch và Đầu tư') attendees!: string[];
}
