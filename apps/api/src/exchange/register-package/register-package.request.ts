import { ApiPropertyOptional } from '@nestjs/swagger';
import { CONFIDENTIALITIES, URGENCIES } from '@office/domain';
import { IsIn, IsOptional } from 'class-validator';
import { OptionalText, Text } from '../../documents/http/validators';

/**
 * POST /api/exchange/inbox/:id/register: vào sổ a received package as an incoming document. The
 * sender, symbol, date, signer, subject and files come from the package; the clerk gives the field
 * and may correct the subject, type, urgency and confidentiality.
 */
export class RegisterPackageRequest {
  @Text(1, 16, 'KH-DT') fieldCode!: string;
  @OptionalText(2000) excerpt?: string | null;
  @OptionalText(100) documentType?: string | null;
  @ApiPropertyOptional({ enum: URGENCIES, description: 'default: from the package’s priority' })
  @IsOptional() @IsIn(URGENCIES, { message: `urgency phải là một trong: ${URGENCIES.join(', ')}` }) urgency?: (typeof URGENCIES)[number] | null;
  @ApiPropertyOptional({ enum: CONFIDENTIALITIES, description: 'default: normal' })
  @IsOptional() @IsIn(CONFIDENTIALITIES, { message: `confidentiality phải là một trong: ${CONFIDENTIALITIES.join(', ')}` }) confidentiality?: (typeof CONFIDENTIALITIES)[number] | null;
}
