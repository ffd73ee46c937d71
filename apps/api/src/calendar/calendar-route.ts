import { applyDecorators, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';

/** What every calendar write route shares: its tag, the bearer token and the Idempotency-Key header. */
export function CalendarWriteRoute() {
  return applyDecorators(
    ApiTags('calendar'),
    ApiBearerAuth(),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and records nothing twice' }),
    Controller('api/calendar/years'),
  );
}
