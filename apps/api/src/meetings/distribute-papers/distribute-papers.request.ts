import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';

/** POST /api/meetings/:id/distribute-papers: the papers sent to the members now. */
export class DistributePapersRequest {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMinSize(1, { message: 'paperIds phải có ít nhất một mục' })
  @ArrayMaxSize(200, { message: 'paperIds có tối đa 200 mục' })
  @IsUUID('all', { each: true, message: 'paperIds phải là mã tài liệu (UUID)' })
  paperIds!: string[];
}
