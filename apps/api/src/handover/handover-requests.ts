import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEPARTURE_KINDS, type DepartureKind } from '@office/domain';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { LocalDateField, OneOf, OptionalText, Text } from '../documents/http/validators';
import { LONG_TEXT, SHORT_TEXT } from '../dossiers/dossier-validators';

export class HandoverParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id phải là mã việc bàn giao (UUID)' })
  id!: string;
}

/** An item of the list by its key: the stream of the document, dossier, directive or case file. */
export class HandoverItemParams extends HandoverParams {
  @ApiProperty({ example: 'document-5f0c6a52-6a41-4c44-9a7e-0d3c2b1a0001' })
  @Matches(/^[a-z]+(-[a-z]+)*-[0-9a-f-]{36}$/, { message: 'key phải là mã mục bàn giao (ví dụ document-<uuid>)' })
  key!: string;
}

/** POST /api/handovers: who leaves, why, when, to whom, on which decision. */
export class RecordDepartureRequest {
  @ApiProperty({ format: 'uuid', description: 'người nghỉ việc, chuyển công tác' }) @IsUUID('all', { message: 'userId phải là mã người dùng (UUID)' }) userId!: string;
  @OneOf(DEPARTURE_KINDS) kind!: DepartureKind;
  @LocalDateField() lastWorkingDay!: string;
  @ApiProperty({ format: 'uuid', description: 'người nhận bàn giao (mặc định cho từng mục)' }) @IsUUID('all', { message: 'receiverId phải là mã người dùng (UUID)' }) receiverId!: string;
  @Text(1, SHORT_TEXT, '45/QĐ-VP') decisionRef!: string;
  @OptionalText(LONG_TEXT, 'Điều động sang Sở Tài chính') reason?: string | null;
}

/** Giao lại một mục: to the departure's receiver unless another is named, with the reason. */
export class HandoverItemRequest {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'người nhận mục này (mặc định: người nhận bàn giao)' })
  @IsOptional()
  @IsUUID('all', { message: 'receiverId phải là mã người dùng (UUID)' })
  receiverId?: string | null;
  @Text(1, LONG_TEXT, 'Bàn giao do chuyển công tác') reason!: string;
}

export class ReleaseRequest {
  @OptionalText(LONG_TEXT, 'Đã bàn giao đầy đủ') note?: string | null;
}
