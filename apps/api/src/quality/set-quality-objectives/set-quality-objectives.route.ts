import { Body, Controller, Inject, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { AnswersCreated, int, object, position } from '../../http/open-api-schemas';
import { SetQualityObjectives, type SetQualityObjectivesResult } from './set-quality-objectives.handler';
import { SetQualityObjectivesRequest } from './set-quality-objectives.request';

@ApiTags('quality')
@ApiBearerAuth()
@Controller('api/quality/objectives')
export class SetQualityObjectivesRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and sets nothing twice' })
  @ApiOperation({ summary: 'Chính sách và mục tiêu chất lượng của năm (office chief): the policy and objectives {code, text, indicator, target}, replacing any set before' })
  @AnswersCreated(object({ year: int, revision: position }), 'set; a retry with the same Idempotency-Key answers the same')
  set(@Body() body: SetQualityObjectivesRequest, @Req() request: AuthenticatedRequest): Promise<SetQualityObjectivesResult> {
    return this.commands.execute(new SetQualityObjectives(body, contextOf(request, this.clock)));
  }
}
