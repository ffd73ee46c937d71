import { Body, Controller, Inject, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { EXCHANGE_SENT } from '../../http/answer-schemas';
import { AnswersCreated } from '../../http/open-api-schemas';
import { SendPackageCommand, type SentPackage } from './send-package.handler';
import { SendPackageRequest } from './send-package.request';

@ApiTags('exchange')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key answers the first response and sends no second package' })
@Controller('api/exchange/outbox')
export class SendPackageRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Gửi liên thông (clerk): an issued document as an edXML package (QCVN 102:2016) to agencies on the exchange; 422 DOCUMENT_NOT_ISSUED, NO_EXCHANGE_RECIPIENT, UNKNOWN_AGENCY, SELF_ADDRESSED' })
  @AnswersCreated(EXCHANGE_SENT, 'sent: the package id, its SHA-256 and the receivers')
  send(@Body() body: SendPackageRequest, @Req() request: AuthenticatedRequest): Promise<SentPackage> {
    return this.commands.execute(new SendPackageCommand(body, contextOf(request, this.clock)));
  }
}
