import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ABSENCE_KINDS, HALVES, type AbsenceKind, type Half } from '@office/domain';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { LocalDateField, OneOf, OptionalText, Text } from '../documents/http/validators';
import { LONG_TEXT, SHORT_TEXT } from '../dossiers/dossier-validators';

export class AbsenceParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id phải là mã lịch vắng (UUID)' })
  id!: string;
}

/** A waiting item of the absent person, by its stream (document-<uuid>, dossier-<uuid>). */
export class AbsenceItemParams extends AbsenceParams {
  @ApiProperty({ example: 'document-5f0c6a52-6a41-4c44-9a7e-0d3c2b1a0001' })
  @Matches(/^[a-z]+(-[a-z]+)*-[0-9a-f-]{36}$/, { message: 'key phải là mã việc đang chờ (ví dụ document-<uuid>)' })
  key!: string;
}

/** POST /api/absences: đăng ký nghỉ phép, nghỉ ốm, việc riêng, đi công tác; the Office records a leader's. */
export class RequestAbsenceRequest {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'người vắng (mặc định: người gửi); Văn phòng ghi lịch vắng của lãnh đạo' })
  @IsOptional()
  @IsUUID('all', { message: 'requesterId phải là mã người dùng (UUID)' })
  requesterId?: string | null;
  @OneOf(ABSENCE_KINDS) kind!: AbsenceKind;
  @LocalDateField() from!: string;
  @OneOf(HALVES, true) fromHalf?: Half | null;
  @LocalDateField() to!: string;
  @OneOf(HALVES, true) toHalf?: Half | null;
  @Text(1, LONG_TEXT, 'Nghỉ phép năm') reason!: string;
  @OptionalText(SHORT_TEXT, 'Hà Nội') place?: string | null;
}

export class ApproveAbsenceRequest {
  @OptionalText(LONG_TEXT, 'Đồng ý') note?: string | null;
}

/** Trở lại làm việc sớm: the last day (and half) away. */
export class CutShortRequest {
  @LocalDateField() to!: string;
  @OneOf(HALVES, true) toHalf?: Half | null;
}

/** Giao lại việc đang chờ của người vắng: to whom, and why. */
export class ReassignWaitingRequest {
  @ApiProperty({ format: 'uuid', description: 'người nhận việc' }) @IsUUID('all', { message: 'receiverId phải là mã người dùng (UUID)' }) receiverId!: string;
  @Text(1, LONG_TEXT, 'Giao lại do người xử lý đi công tác') reason!: string;
}
