import { InstantField } from '../../documents/http/validators';

/** `?at=`: the instant whose calendar is asked (an auditor's "as it was then"); now by default. */
export class CalendarAtQuery {
  @InstantField(true) at?: string;
}
