import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { LocalDateField, OptionalText } from '../http/validators';

export class AssignRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() specialistId!: string;
  @LocalDateField(true) dueDate?: string | null;
  @OptionalText(1000) reason?: string | null;
}
