import { Body, Controller, Inject, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { AnswersCommand } from '../../http/open-api-schemas';
import type { DelegationStepResult } from '../delegation-streams';
import { RecordDelegationCommand } from './record-delegation.handler';
import { RecordDelegationRequest } from './record-delegation.request';

@ApiTags('delegations')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and records no second delegation' })
@Controller('api/delegations')
export class RecordDelegationRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Ghi nhận ủy quyền ký KT./TM./Q./TUQ./TL. (the grantor, the office chief or admin): grantor, grantee, written instrument, period, scope' })
  @AnswersCommand()
  record(@Body() body: RecordDelegationRequest, @Req() request: AuthenticatedRequest): Promise<DelegationStepResult> {
    return this.commands.execute(new RecordDelegationCommand(body, contextOf(request, this.clock)));
  }
}
