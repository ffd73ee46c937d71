import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { LocalDateField } from '../../documents/http/validators';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';

/** No absence named: the leader and the days away are given. */
const withoutAbsence = (query: ProposeFromAbsenceQuery) => !query.absenceId;

/** GET /api/delegations/propose-from-absence: a recorded absence (`absenceId`), or the leader and the days away. */
export class ProposeFromAbsenceQuery extends ReadModelQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'an absence of /api/absences: its leader and days away' })
  @IsOptional()
  @IsUUID('all', { message: 'absenceId phải là mã lịch vắng (UUID)' })
  absenceId?: string;
  @ApiProperty({ format: 'uuid', required: false, description: 'the leader who will be away (without absenceId)' }) @ValidateIf(withoutAbsence) @IsUUID('all', { message: 'leaderId phải là mã người dùng (UUID)' }) leaderId!: string;
  @ValidateIf(withoutAbsence) @LocalDateField() from!: string;
  @ValidateIf(withoutAbsence) @LocalDateField() to!: string;
}
