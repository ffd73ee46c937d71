import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import type { FastifyInstance } from 'fastify';
import { CommandPipeline } from '../commands/command-pipeline';
import { ApproveProcedureVersionHandler } from './approve-procedure-version/approve-procedure-version.handler';
import { ApproveProcedureVersionRoute } from './approve-procedure-version/approve-procedure-version.route';
import { DraftProcedureVersionHandler } from './draft-procedure-version/draft-procedure-version.handler';
import { DraftProcedureVersionRoute } from './draft-procedure-version/draft-procedure-version.route';
import { ExportCatalogueHandler } from './export-catalogue/export-catalogue.handler';
import { ExportCatalogueRoute } from './export-catalogue/export-catalogue.route';
import { ImportCatalogueHandler } from './import-catalogue/import-catalogue.handler';
import { ImportCatalogueRoute } from './import-catalogue/import-catalogue.route';
import { acceptWorkbookUploads } from './import-catalogue/uploaded-workbook';
import { ProcedureStreams } from './procedure-streams';
import { DataSource } from 'typeorm';
import { InternalProcessQueries } from '@office/read-models';
import { ReadModelsModule } from '../read-models/read-models.module';
import { InternalProcessRoutes } from './internal-processes/internal-process.routes';
import { InternalProcessSeed } from './internal-processes/internal-process-seed';
import { RegisterProcedureHandler } from './register-procedure/register-procedure.handler';
import { RegisterProcedureRoute } from './register-procedure/register-procedure.route';

/** The procedure catalogue's writes (DOMAIN.md §6), import and export; its reads live in ./read. */
@Module({
  imports: [CqrsModule, ReadModelsModule],
  // InternalProcessRoutes before the `:code` routes: `internal` is a path, not a code.
  controllers: [InternalProcessRoutes, RegisterProcedureRoute, DraftProcedureVersionRoute, ApproveProcedureVersionRoute, ImportCatalogueRoute, ExportCatalogueRoute],
  providers: [CommandPipeline, ProcedureStreams, RegisterProcedureHandler, DraftProcedureVersionHandler, ApproveProcedureVersionHandler, ImportCatalogueHandler, ExportCatalogueHandler,
    InternalProcessSeed, { provide: InternalProcessQueries, useFactory: (dataSource: DataSource) => new InternalProcessQueries(dataSource), inject: [DataSource] }],
  exports: [ProcedureStreams],
})
export class ProceduresModule implements OnModuleInit {
  constructor(private readonly http: HttpAdapterHost) {}

  onModuleInit(): void {
    // No HTTP server in an application context (createApiContext): no uploads to accept.
    if (this.http.httpAdapter) acceptWorkbookUploads(this.http.httpAdapter.getInstance<FastifyInstance>());
  }
}
