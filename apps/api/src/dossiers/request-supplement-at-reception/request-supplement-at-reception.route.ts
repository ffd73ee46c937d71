import { Body, Controller, Inject, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { GiveReceptionSlip, type ReceptionSlipResult } from '../reception-slip/reception-slip.handler';
import { SupplementAtReceptionRequest } from './request-supplement-at-reception.request';
import { AnswersCreated } from '../../http/open-api-schemas';
import { RECEPTION_SLIP } from '../../http/answer-schemas';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/dossiers')
export class RequestSupplementAtReceptionRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02) at the desk: `{id, slipNumber}`; no dossier is opened. */
  @Post('supplement-requests')
  @ApiOperation({ summary: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02) at the desk: `{id, slipNumber}`; no dossier is opened.' })
  @AnswersCreated(RECEPTION_SLIP, 'the slip, numbered; no dossier is opened')
  request(@Body() body: SupplementAtReceptionRequest, @Req() request: AuthenticatedRequest): Promise<ReceptionSlipResult> {
    return this.commands.execute(new GiveReceptionSlip({ type: 'request-supplement-at-reception', ...body }, contextOf(request, this.clock)));
  }
}
