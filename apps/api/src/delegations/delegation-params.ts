import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class DelegationParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id phải là mã ủy quyền (UUID)' })
  id!: string;
}
