import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';

export class NoticeParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id phải là mã thông báo (UUID)' })
  id!: string;
}

export class NoticeListQuery extends ReadModelQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only the unread ones' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'unread phải là true hoặc false' })
  unread?: 'true' | 'false';
}
