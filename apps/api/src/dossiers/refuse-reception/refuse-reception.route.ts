import { Body, Controller, Inject, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { GiveReceptionSlip, type ReceptionSlipResult } from '../reception-slip/reception-slip.handler';
import { RefuseReceptionRequest } from './refuse-reception.request';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/dossiers')
export class RefuseReceptionRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03): `{id, slipNumber}`; no dossier is opened. */
  @Post('refusals')
  refuse(@Body() body: RefuseReceptionRequest, @Req() request: AuthenticatedRequest): Promise<ReceptionSlipResult> {
    return this.commands.execute(new GiveReceptionSlip({ type: 'refuse-reception', ...body }, contextOf(request, this.clock)));
  }
}
