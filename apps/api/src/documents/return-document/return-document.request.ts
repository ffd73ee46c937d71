import { Text } from '../http/validators';

/** Trả lại văn thư: why the document is misrouted. */
export class ReasonRequest {
  @Text(1, 1000) reason!: string;
}
