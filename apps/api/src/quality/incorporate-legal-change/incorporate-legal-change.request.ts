import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { ProcedureCodeField } from '../../procedures/procedure-params';

/** POST /api/quality/legal-changes/:id/incorporate. */
export class IncorporateLegalChangeRequest {
  @ProcedureCodeField() procedureCode!: string;
  @ApiProperty({ minimum: 1, example: 2 })
  @IsInt({ message: 'version phải là số phiên bản (số nguyên từ 1)' })
  @Min(1, { message: 'version phải là số phiên bản (số nguyên từ 1)' })
  @Max(10_000)
  version!: number;
}
