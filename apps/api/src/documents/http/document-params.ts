import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class DocumentParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id phải là mã văn bản (UUID)' })
  id!: string;
}
