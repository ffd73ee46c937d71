import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PROJECTION_NAMES, ProcedureCatalogueQueries } from '@office/read-models';
import { checkDayRange } from '../../read-models/period';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';
import { ProcedureParams } from '../procedure-params';
import { ProcedureCatalogueQuery } from './procedure-catalogue-query.dto';
import { Answers } from '../../http/open-api-schemas';
import { PROCEDURE_CATALOGUE, PROCEDURE_ONE } from '../../http/answer-schemas';

const READS = [PROJECTION_NAMES.procedureCatalogue];

/** The procedure catalogue from `procedure-catalogue.v1`, for any staff. */
@ApiTags('procedures')
@ApiBearerAuth()
@Controller('api/procedures')
export class ProcedureCatalogueController {
  constructor(
    private readonly catalogue: ProcedureCatalogueQueries,
    private readonly positions: ProjectionPositions,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The catalogue: each procedure with the approved version in force on `at` (default today), or null when none is' })
  @Answers(PROCEDURE_CATALOGUE)
  async list(@Query() query: ProcedureCatalogueQuery) {
    // A well-formed day that does not exist (2026-02-30) is a 400 too.
    checkDayRange('at', query.at, 'at', undefined);
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    return { items: await this.catalogue.list({ fieldCode: query.fieldCode, q: query.q, at: query.at }), projectedPosition };
  }

  @Get(':code')
  @ApiOperation({ summary: 'One procedure with every version, drafts included, and each approval (404 if unknown)' })
  @Answers(PROCEDURE_ONE)
  async get(@Param() { code }: ProcedureParams, @Query() query: ReadModelQuery) {
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    return { ...(await this.catalogue.get(code)), projectedPosition };
  }
}
