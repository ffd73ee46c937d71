import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { OptionalText, Text } from '../../documents/http/validators';

/** POST /api/meetings/:id/submit: the document submission's body; the draft is the notice itself. */
export class SubmitConclusionRequest {
  @ApiProperty({ format: 'uuid', description: 'exactly one leader' })
  @IsUUID('all', { each: true, message: 'leaderId phải là mã người dùng (UUID)' })
  leaderId!: string | string[];
  @Text(1, 5000, 'Kính trình Chánh Văn phòng ký thông báo kết luận') proposal!: string;
  @OptionalText(5000) reservedOpinion?: string | null;
}
