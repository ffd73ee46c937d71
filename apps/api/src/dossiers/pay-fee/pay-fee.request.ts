import { ApiPropertyOptional } from '@nestjs/swagger';
import { PAYMENT_METHODS, type PaymentMethod } from '@office/domain';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { OneOf } from '../../documents/http/validators';

/** POST /api/dossiers/:id/payments: the amount defaults to what was assessed. */
export class PayFeeRequest {
  @OneOf(PAYMENT_METHODS) method!: PaymentMethod;
  @ApiPropertyOptional({ minimum: 0 }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000_000_000) amountVnd?: number | null;
}
