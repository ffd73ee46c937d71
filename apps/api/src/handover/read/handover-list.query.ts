import { HANDOVER_STATUSES, type HandoverStatus } from '@office/domain';
import { OneOf } from '../../documents/http/validators';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';

export class HandoverListQuery extends ReadModelQuery {
  @OneOf(HANDOVER_STATUSES, true) status?: HandoverStatus;
}
