import { ApiProperty } from '@nestjs/swagger';
import { REVIEW_TOPICS, type ReviewTopic } from '@office/domain';
import { IsUUID } from 'class-validator';
import { OneOf, Text } from '../../documents/http/validators';
import { LONG_TEXT, NestedList, RealDayField, TextList } from '../../dossiers/dossier-validators';

/** Một nội dung đầu vào của cuộc xem xét. */
export class ReviewInputRequest {
  @OneOf(REVIEW_TOPICS) topic!: ReviewTopic;
  @Text(1, LONG_TEXT, 'Tỷ lệ hồ sơ đúng hạn 97,8 %') summary!: string;
}

/** POST /api/quality/reviews. */
export class RecordManagementReviewRequest {
  @RealDayField() heldOn!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'chairId phải là mã người dùng (UUID)' }) chairId!: string;
  @NestedList(() => ReviewInputRequest, 20) inputs!: ReviewInputRequest[];
  @TextList(100, LONG_TEXT, 'Bổ sung nhân lực cho bộ phận một cửa') decisions!: string[];
}
