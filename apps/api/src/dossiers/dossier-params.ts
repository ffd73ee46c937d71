import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class DossierParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id phải là mã hồ sơ (UUID)' })
  id!: string;
}
