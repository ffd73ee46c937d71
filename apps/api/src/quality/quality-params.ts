import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** `:id` of a quality record (legal change, nonconformity, audit, review, declaration). */
export class QualityParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id phải là mã hồ sơ chất lượng (UUID)' })
  id!: string;
}
