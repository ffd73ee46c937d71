import { ApiProperty } from '@nestjs/swagger';
import { DOSSIER_FORM_KINDS, type DossierFormKind } from '@office/forms';
import { IsIn, IsUUID } from 'class-validator';
import { RECEPTION_FORM_KINDS, type ReceptionFormKind } from './dossier-form-views';

export class DossierFormParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'id phải là mã hồ sơ (UUID)' }) id!: string;
  @ApiProperty({ enum: DOSSIER_FORM_KINDS }) @IsIn(DOSSIER_FORM_KINDS, { message: `form phải là một trong: ${DOSSIER_FORM_KINDS.join(', ')}` }) form!: DossierFormKind;
}

export class ReceptionFormParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'id phải là mã lần tiếp nhận (UUID)' }) id!: string;
  @ApiProperty({ enum: RECEPTION_FORM_KINDS }) @IsIn(RECEPTION_FORM_KINDS, { message: `form phải là một trong: ${RECEPTION_FORM_KINDS.join(', ')}` }) form!: ReceptionFormKind;
}
