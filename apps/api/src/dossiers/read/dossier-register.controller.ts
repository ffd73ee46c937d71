import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { localDateOf } from '@office/domain';
import { DossierRegisterQueries, PROJECTION_NAMES } from '@office/read-models';
import type { FastifyReply } from 'fastify';
import { Roles } from '../../auth/access.decorators';
import { CLOCK, type Clock } from '../../commands/request-context';
import { resolvePeriod } from '../../read-models/period';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { spreadsheet } from '../../read-models/registers/registers.controller';
import { LEADER_ROLES } from '../../read-models/viewer';
import { dossierRegisterCsv } from './dossier-register-csv';
import { DossierRegisterQuery } from './dossier-read-query.dto';
import { AnswersJsonOrFile, CSV, XLSX } from '../../http/open-api-schemas';
import { DOSSIER_REGISTER } from '../../http/answer-schemas';

const READS = [PROJECTION_NAMES.dossiers];
/** A register spans at most a year (and a day, for a year that starts on the 1st). */
const MAX_DAYS = 366;

/** Sổ theo dõi hồ sơ (DOMAIN.md §6): the dossiers received in a period, as JSON, CSV (UTF-8 with BOM) or XLSX. */
@ApiTags('registers')
@ApiBearerAuth()
@Roles('onestop_officer', ...LEADER_ROLES, 'iso_secretary', 'auditor')
@Controller('api/registers')
export class DossierRegisterController {
  constructor(
    private readonly register: DossierRegisterQueries,
    private readonly positions: ProjectionPositions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('dossiers')
  @ApiOperation({ summary: 'The register of dossiers received from `from` to `to` (days in Hà Nội; default 1 January to today); format=csv or xlsx for a spreadsheet' })
  @ApiProduces('application/json', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @AnswersJsonOrFile(DOSSIER_REGISTER, 'the register as JSON, or as CSV or XLSX (format=csv|xlsx)', CSV, XLSX)
  async dossiers(@Query() query: DossierRegisterQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    const period = resolvePeriod(query, localDateOf(this.clock()), 'year', MAX_DAYS);
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const rows = await this.register.rows(period);
    if (!query.format || query.format === 'json') return { ...period, rows, projectedPosition };
    return spreadsheet(reply, query.format, `so-theo-doi-ho-so-${period.from}-${period.to}`, 'Sổ theo dõi hồ sơ', projectedPosition, dossierRegisterCsv(rows));
  }
}
