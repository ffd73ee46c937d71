import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsUUID, Matches, Min, ValidateNested } from 'class-validator';
import { OptionalText, Text } from '../documents/http/validators';
import { LONG_TEXT, RealInstantField, SHORT_TEXT } from '../dossiers/dossier-validators';

const WEEK = /^\d{4}-W\d{2}$/;

/** `:week` of the schedule's paths: an ISO week (`2026-W49`); one that does not exist is the domain's INVALID_WEEK. */
export class ScheduleWeekParams {
  @ApiProperty({ example: '2026-W49', description: 'ISO week (tuần)' })
  @Matches(WEEK, { message: 'week phải là tuần dạng YYYY-Www, ví dụ 2026-W49' })
  week!: string;
}

export class ScheduleEntryParams extends ScheduleWeekParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'entryId phải là mã mục lịch (UUID)' })
  entryId!: string;
}

/** A paper of the entry: a document of the system by id, or only its title. */
export class SchedulePaperRequest {
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) @IsOptional() @IsUUID('all', { message: 'documentId phải là mã văn bản (UUID)' }) documentId?: string | null;
  @Text(1, SHORT_TEXT, 'Báo cáo tình hình kinh tế - xã hội tháng 11/2026') title!: string;
}

/** An entry of the week as written (its rules, such as ENTRY_ENDS_BEFORE_START and ENTRY_OUTSIDE_WEEK, are the domain's 422). */
export class ScheduleEntryRequest {
  @RealInstantField() startsAt!: string;
  @RealInstantField() endsAt!: string;
  @Text(1, SHORT_TEXT, 'Phòng họp số 1, trụ sở UBND tỉnh') place!: string;
  @Text(1, LONG_TEXT, 'Họp UBND tỉnh thường kỳ tháng 11/2026') content!: string;
  @ApiProperty({ format: 'uuid', description: 'lãnh đạo chủ trì' }) @IsUUID('all', { message: 'chairLeaderId phải là mã người dùng (UUID)' }) chairLeaderId!: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'lãnh đạo dự' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10, { message: 'leaderIds có tối đa 10 người' })
  @IsUUID('all', { each: true, message: 'leaderIds phải là mã người dùng (UUID)' })
  leaderIds?: string[] | null;

  @OptionalText(LONG_TEXT, 'Thủ trưởng các sở, ban, ngành') attendees?: string | null;
  @OptionalText(SHORT_TEXT, 'Văn phòng UBND tỉnh') preparingUnit?: string | null;

  @ApiPropertyOptional({ type: () => [SchedulePaperRequest] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30, { message: 'papers có tối đa 30 tài liệu' })
  @ValidateNested({ each: true })
  @Type(() => SchedulePaperRequest)
  papers?: SchedulePaperRequest[] | null;

  @ApiPropertyOptional({ description: 'mật: withheld from the public page and the feeds' }) @IsOptional() @IsBoolean({ message: 'confidential là true hoặc false' }) confidential?: boolean | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'the meeting (cuộc họp) this entry is' }) @IsOptional() @IsUUID('all', { message: 'meetingId phải là mã cuộc họp (UUID)' }) meetingId?: string | null;
  @OptionalText(LONG_TEXT, 'Chủ tịch triệu tập họp đột xuất') reason?: string | null;
}

/** The entry's version the editor saw: an entry changed meanwhile is a 409 (ENTRY_CHANGED_MEANWHILE). */
export class EntryVersionRequest {
  @ApiProperty({ minimum: 1, example: 1 }) @IsInt({ message: 'entryVersion là số nguyên' }) @Min(1) entryVersion!: number;
}

export class ReviseScheduleEntryRequest extends IntersectionType(ScheduleEntryRequest, EntryVersionRequest) {}

export class CancelScheduleEntryRequest extends EntryVersionRequest {
  @OptionalText(LONG_TEXT, 'Lùi sang tuần sau') reason?: string | null;
}
