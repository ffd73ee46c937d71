import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class DirectiveParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id phải là mã nhiệm vụ (UUID)' })
  id!: string;
}
