import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

/** POST /api/dossiers/:id/fees. */
export class AssessFeeRequest {
  @ApiProperty({ minimum: 0, example: 150000 }) @IsInt() @Min(0) @Max(1_000_000_000_000) amountVnd!: number;
}
