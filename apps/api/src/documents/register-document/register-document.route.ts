import { Body, Controller, Inject, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { AnswersCommand, int } from '../../http/open-api-schemas';
import { RegisterDocument, type RegistrationResult } from '../document-step.command';
import { ReceiveRequest } from './register-document.request';

@ApiTags('documents')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and appends nothing' })
@Controller('api/documents')
export class RegisterDocumentRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Tiếp nhận, đăng ký văn bản đến (clerk). */
  @Post()
  @ApiOperation({ summary: 'Tiếp nhận, đăng ký văn bản đến (clerk).' })
  @AnswersCommand({ incomingNumber: int })
  register(@Body() body: ReceiveRequest, @Req() request: AuthenticatedRequest): Promise<RegistrationResult> {
    return this.commands.execute(new RegisterDocument(body, contextOf(request, this.clock)));
  }
}
