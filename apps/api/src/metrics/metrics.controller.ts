import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Registry } from 'prom-client';
import { Public } from '../auth/access.decorators';
import { metricsText } from './cluster-metrics';

@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly registry: Registry) {}

  /** Prometheus text exposition, names prefixed `office_ledger_`; aggregated over every API worker. */
  @Public()
  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiOkResponse({ description: 'Prometheus text format', content: { 'text/plain': { schema: { type: 'string' } } } })
  @ApiOperation({ summary: 'Prometheus text exposition, names prefixed office_ledger_, aggregated over every API worker' })
  metrics(): Promise<string> {
    return metricsText(this.registry);
  }
}
