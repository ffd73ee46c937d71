import { Body, Controller, Inject, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { EXCHANGE_REGISTERED } from '../../http/answer-schemas';
import { AnswersCreated } from '../../http/open-api-schemas';
import { PackageParams } from '../exchange-params';
import { RegisterPackageCommand, type RegisteredPackage } from './register-package.handler';
import { RegisterPackageRequest } from './register-package.request';

@ApiTags('exchange')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key answers the first response' })
@Controller('api/exchange/inbox')
export class RegisterPackageRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':id/register')
  @ApiOperation({ summary: 'Vào sổ văn bản đến (clerk) from a received package, prefilled from its envelope, its files attached; 409 ALREADY_REGISTERED, ALREADY_REFUSED, RECALLED_DOCUMENT_LOCKED, REGISTRATION_IN_PROGRESS (another clerk is registering it)' })
  @AnswersCreated(EXCHANGE_REGISTERED, 'registered: the incoming document and its number')
  register(@Param() { id }: PackageParams, @Body() body: RegisterPackageRequest, @Req() request: AuthenticatedRequest): Promise<RegisteredPackage> {
    return this.commands.execute(new RegisterPackageCommand(id, body, contextOf(request, this.clock)));
  }
}
