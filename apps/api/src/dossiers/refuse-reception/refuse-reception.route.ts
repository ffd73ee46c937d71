import { Body, Controller, Inject, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { GiveReceptionSlip, type ReceptionSlipResult } from '../reception-slip/reception-slip.handler';
import { RefuseReceptionRequest } from './refuse-reception.request';
import { AnswersCreated } from '../../http/open-api-schemas';
import { RECEPTION_SLIP } from '../../http/answer-schemas';

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
  @ApiOperation({ summary: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03): `{id, slipNumber}`; no dossier is opened.' })
  @AnswersCreated(RECEPTION_SLIP, 'the slip, numbered; no dossier is opened')
  refuse(@Body() body: RefuseReceptionRequest, @Req() request: AuthenticatedRequest): Promise<ReceptionSlipResult> {
    return this.commands.execute(new GiveReceptionSlip({ type: 'refuse-reception', ...body }, contextOf(request, this.clock)));
  }
}
