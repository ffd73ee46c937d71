import { IntersectionType } from '@nestjs/swagger';
import { Text } from '../../documents/http/validators';
import { NestedList } from '../../dossiers/dossier-validators';
import { DirectiveTermsRequest, OptionalFollowUpRequest } from '../../directives/directive-requests';

/** A directive of the notice; the follow-up specialist defaults to the meeting's specialist. */
export class NoticeDirectiveRequest extends IntersectionType(DirectiveTermsRequest, OptionalFollowUpRequest) {}

/** POST /api/meetings/:id/conclusion: the draft notice and the directives that will become tasks. */
export class DraftConclusionRequest {
  @Text(1, 2000, 'Kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại cuộc họp nghe báo cáo tiến độ các dự án đầu tư công') excerpt!: string;
  @Text(1, 20_000, 'Các đơn vị khẩn trương hoàn thành giải phóng mặt bằng…') conclusions!: string;
  @NestedList(() => NoticeDirectiveRequest, 100) directives!: NoticeDirectiveRequest[];
}
