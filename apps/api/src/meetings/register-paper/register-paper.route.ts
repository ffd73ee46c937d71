import { Body, Controller, Inject, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { AnswersCommand, uuid } from '../../http/open-api-schemas';
import { MeetingParams } from '../meeting-params';
import { RegisterPaperCommand, type PaperRegistered } from './register-paper.handler';
import { RegisterPaperRequest } from './register-paper.request';

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('api/meetings')
export class RegisterPaperRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':id/papers')
  @ApiOperation({ summary: 'Đăng ký tài liệu phiên họp (the session’s specialist or a clerk) for an agenda item; answers its `paperId`' })
  @AnswersCommand({ paperId: uuid })
  register(@Param() { id }: MeetingParams, @Body() body: RegisterPaperRequest, @Req() request: AuthenticatedRequest): Promise<PaperRegistered> {
    return this.commands.execute(new RegisterPaperCommand(id, body, contextOf(request, this.clock)));
  }
}
