import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { LocalDateField, Text } from '../http/validators';

/** Để biết: departments (not the lead one) and people told without responsibility; each list may be empty. */
export class ForInformationRequest {
  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 50 })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true, message: 'mỗi mục của departmentIds phải là mã phòng (UUID)' })
  departmentIds?: string[] | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 100 })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true, message: 'mỗi mục của userIds phải là mã người dùng (UUID)' })
  userIds?: string[] | null;
}

export class DistributeRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() departmentId!: string;
  @Text(1, 2000, 'Giao Phòng Kinh tế tham mưu, báo cáo trước ngày 15/3') direction!: string;
  @LocalDateField(true) dueDate?: string | null;
  @ApiPropertyOptional({ type: () => ForInformationRequest, description: 'để biết: readers without responsibility (no step, no deadline)' })
  @IsOptional() @ValidateNested() @Type(() => ForInformationRequest)
  forInformation?: ForInformationRequest | null;
}
