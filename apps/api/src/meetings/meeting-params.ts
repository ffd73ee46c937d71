import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class MeetingParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id phải là mã cuộc họp (UUID)' })
  id!: string;
}
