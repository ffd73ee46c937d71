import { LocalDateField, Text } from '../http/validators';

export class ExtendDeadlineRequest {
  @LocalDateField() newDueDate!: string;
  @Text(1, 1000) reason!: string;
}
