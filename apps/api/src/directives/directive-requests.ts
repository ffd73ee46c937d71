import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REPORTING_PERIODS, type ReportingPeriod } from '@office/domain';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { LocalDateField, OneOf, Text } from '../documents/http/validators';
import { LONG_TEXT, SHORT_TEXT, TextList } from '../dossiers/dossier-validators';

/**
 * A directive as written, in a conclusion notice or a task registered from another source. Which
 * of `dueDate` and `reporting` applies, and that `leadAgency` names exactly one agency
 * (ONE_LEAD_AGENCY, 422), are the domain's rules.
 */
export class DirectiveTermsRequest {
  @Text(1, LONG_TEXT, 'Hoàn thành giải phóng mặt bằng dự án Trường THPT Nguyễn Trãi') content!: string;

  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }], example: 'UBND huyện Đông Anh', description: 'cơ quan chủ trì: exactly one' })
  @IsString({ each: true, message: 'leadAgency phải là tên cơ quan' })
  @Length(1, SHORT_TEXT, { each: true, message: `leadAgency dài từ 1 đến ${SHORT_TEXT} ký tự` })
  leadAgency!: string | string[];

  @TextList(50, SHORT_TEXT, 'Sở Tài nguyên và Môi trường', true) coAgencies?: string[] | null;
  @LocalDateField(true) dueDate?: string | null;
  @OneOf(REPORTING_PERIODS, true) reporting?: ReportingPeriod | null;
}

/** A directive as the domain takes it: the lead agency as a list, which must hold exactly one. */
export function withLeadAgencies<T extends { leadAgency: string | string[] }>({ leadAgency, ...rest }: T): Omit<T, 'leadAgency'> & { leadAgencies: string[] } {
  return { ...rest, leadAgencies: Array.isArray(leadAgency) ? leadAgency : [leadAgency] };
}

export class FollowUpRequest {
  @ApiProperty({ format: 'uuid', description: 'chuyên viên theo dõi' }) @IsUUID('all', { message: 'followUpSpecialistId phải là mã người dùng (UUID)' }) followUpSpecialistId!: string;
}

export class OptionalFollowUpRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'chuyên viên theo dõi (default: the meeting’s specialist)' })
  @IsOptional()
  @IsUUID('all', { message: 'followUpSpecialistId phải là mã người dùng (UUID)' })
  followUpSpecialistId?: string | null;
}
