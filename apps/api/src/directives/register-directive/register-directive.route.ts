import { Body, Controller, Inject, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import type { DirectiveStepResult } from '../directive-step/directive-step.handler';
import { RegisterDirectiveCommand } from './register-directive.handler';
import { RegisterDirectiveRequest } from './register-directive.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('directives')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and registers no second task' })
@Controller('api/directives')
export class RegisterDirectiveRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Giao nhiệm vụ (specialist or clerk): a task from a decision, an official letter or a leader’s instruction on an incoming document' })
  @AnswersCommand()
  register(@Body() body: RegisterDirectiveRequest, @Req() request: AuthenticatedRequest): Promise<DirectiveStepResult> {
    return this.commands.execute(new RegisterDirectiveCommand(body, contextOf(request, this.clock)));
  }
}
