import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { OptionalText } from '../../documents/http/validators';
import { LONG_TEXT } from '../dossier-validators';

/** POST /api/dossiers/:id/transfer: `toUnit` (a department id) or `toUserId`; which one applies is the domain's rule. */
export class TransferDossierRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'a department id' }) @IsOptional() @IsUUID('all', { message: 'toUnit phải là mã phòng (UUID)' }) toUnit?: string | null;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'toUserId phải là mã người dùng (UUID)' }) toUserId?: string | null;
  @OptionalText(LONG_TEXT) note?: string | null;
}
