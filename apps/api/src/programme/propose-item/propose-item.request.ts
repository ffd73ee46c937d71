import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PAPER_KINDS, type PaperKind } from '@office/domain';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { OneOf, OptionalText, Text } from '../../documents/http/validators';
import { LONG_TEXT, SHORT_TEXT } from '../../dossiers/dossier-validators';

/**
 * POST /api/programme/:period/items, phiếu đề xuất: the presenting agency is one of the Office's
 * departments (`departmentId`) or an agency by name (`agency`), exactly one (ONE_PRESENTING_AGENCY,
 * 422); the leader must be a committee leader (NOT_A_COMMITTEE_LEADER); `due` inside the period.
 */
export class ProposeItemRequest {
  @Text(1, LONG_TEXT, 'Đề án phát triển kinh tế tư nhân tỉnh giai đoạn 2026–2030') title!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'a department of the Office presenting the item' })
  @IsOptional()
  @IsUUID('all', { message: 'departmentId phải là mã phòng (UUID)' })
  departmentId?: string | null;

  @OptionalText(SHORT_TEXT, 'Sở Kế hoạch và Đầu tư') agency?: string | null;
  @ApiProperty({ format: 'uuid', description: 'lãnh đạo UBND tỉnh phụ trách' }) @IsUUID('all', { message: 'leaderId phải là mã người dùng (UUID)' }) leaderId!: string;

  @ApiProperty({ example: '2026-03', description: 'tháng `2026-03` hoặc tuần ISO `2026-W11` phải trình' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2]|W\d{2})$/, { message: 'due phải là tháng (2026-03) hoặc tuần (2026-W11)' })
  due!: string;

  @OneOf(PAPER_KINDS) paperKind!: PaperKind;
  @OptionalText(LONG_TEXT) note?: string | null;
}
