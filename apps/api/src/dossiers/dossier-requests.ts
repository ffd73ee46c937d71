import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, Length } from 'class-validator';
import { Text, OptionalText } from '../documents/http/validators';
import { LONG_TEXT, SHORT_TEXT } from './dossier-validators';
import { ITEM_NAME_MAX_LENGTH } from '@office/domain';

/*
 * Request parts shared by several of the desk's use cases (the applicant, a missing item).
 */

/** Người nộp hồ sơ: no account; only the name is required. */
export class ApplicantRequest {
  @Text(1, SHORT_TEXT, 'Nguyễn Thị Hoa') name!: string;
  @OptionalText(20, '001190012345') idNumber?: string | null;
  @OptionalText(SHORT_TEXT, 'Số 12 đường Trần Phú, phường Hòa Bình') address?: string | null;
  @OptionalText(20, '0912345678') phone?: string | null;
  @ApiPropertyOptional({ maxLength: 254, nullable: true }) @IsOptional() @Length(3, 254) @IsEmail({}, { message: 'applicant.email phải là địa chỉ thư điện tử' }) email?: string | null;
}

/** Mẫu 02: an item missing or to be corrected, with the reason. */
export class MissingItemRequest {
  @Text(1, ITEM_NAME_MAX_LENGTH, 'Bản sao chứng thực giấy chứng nhận quyền sử dụng đất') item!: string;
  @Text(1, LONG_TEXT, 'Bản nộp là bản chụp, không có chứng thực') reason!: string;
}

/** Stop, withdraw: the reason, printed on the notice. */
export class ReasonRequest {
  @Text(1, LONG_TEXT, 'Người nộp hồ sơ đề nghị rút hồ sơ') reason!: string;
}

/** A step whose request carries nothing: any field sent is refused (400). */
export class EmptyRequest {}
