import { RETURN_METHODS, type ReturnMethod } from '@office/domain';
import { Nested, OneOf, OptionalText, Text } from '../../documents/http/validators';
import { SHORT_TEXT } from '../dossier-validators';

/** Người nhận kết quả. */
export class ReceiverRequest {
  @Text(1, SHORT_TEXT, 'Nguyễn Thị Hoa') name!: string;
  @OptionalText(20, '001190012345') idNumber?: string | null;
}

/** POST /api/dossiers/:id/return. */
export class ReturnResultRequest {
  @Nested(() => ReceiverRequest) receivedBy!: ReceiverRequest;
  @OneOf(RETURN_METHODS) method!: ReturnMethod;
}
