import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class PackageParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id phải là mã gói tin (UUID)' })
  id!: string;
}
