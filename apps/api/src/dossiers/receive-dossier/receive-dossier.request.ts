import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DOSSIER_CHANNELS, ITEM_FORMS, ITEM_NAME_MAX_LENGTH, type DossierChannel, type ItemForm } from '@office/domain';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Nested, OneOf, Text } from '../../documents/http/validators';
import { ProcedureCodeField } from '../../procedures/procedure-params';
import { AttachedFiles, DossierFileReferenceRequest } from '../../attachments/attach/attach-file.request';
import { ApplicantRequest } from '../dossier-requests';
import { NestedList, RealInstantField } from '../dossier-validators';

/** A checklist item handed in at the desk. */
export class ReceivedItemRequest {
  @Text(1, ITEM_NAME_MAX_LENGTH, 'Đơn đề nghị cấp giấy phép xây dựng') name!: string;
  @OneOf(ITEM_FORMS) form!: ItemForm;
  @ApiProperty({ minimum: 1, maximum: 100 }) @IsInt() @Min(1) @Max(100) quantity!: number;
}

/**
 * POST /api/dossiers (one-stop officer): tiếp nhận hồ sơ against the version in force. A
 * mandatory item missing is 422 CHECKLIST_INCOMPLETE with `details.missing[]` (give Mẫu 02
 * instead: POST /api/dossiers/supplement-requests).
 */
export class ReceiveDossierRequest {
  @ProcedureCodeField() procedureCode!: string;
  @Nested(() => ApplicantRequest) applicant!: ApplicantRequest;
  @NestedList(() => ReceivedItemRequest, 100) items!: ReceivedItemRequest[];
  @OneOf(DOSSIER_CHANNELS) channel!: DossierChannel;
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 1 }) @IsOptional() @IsInt() @Min(1) @Max(100) sets?: number | null;
  /** Defaults to now; a dossier received by post may carry the day it arrived. */
  @RealInstantField(true) receivedAt?: string | null;
  @AttachedFiles(() => DossierFileReferenceRequest, 'scans of the papers handed in, uploaded before (POST /api/files): attached in the same append as the reception, as `item` (with `itemCode`, the item as received) or else `other`')
  attachments?: DossierFileReferenceRequest[] | null;
}
