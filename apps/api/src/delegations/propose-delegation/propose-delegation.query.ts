import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { LocalDateField } from '../../documents/http/validators';

/** GET /api/delegations/propose-from-absence: the leader and the days away (the absences context does not record them yet). */
export class ProposeFromAbsenceQuery {
  @ApiProperty({ format: 'uuid', description: 'the leader who will be away' }) @IsUUID('all', { message: 'leaderId phải là mã người dùng (UUID)' }) leaderId!: string;
  @LocalDateField() from!: string;
  @LocalDateField() to!: string;
}
