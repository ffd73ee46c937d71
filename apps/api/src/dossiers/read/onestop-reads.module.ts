import { Module, type Provider } from '@nestjs/common';
import { DossierQueries, DossierRegisterQueries, ProcedureCatalogueQueries, PublicDossierLookup } from '@office/read-models';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../commands/request-context';
import { ReadModelsModule } from '../../read-models/read-models.module';
import { ProcedureCatalogueController } from '../../procedures/read/procedure-catalogue.controller';
import { DossierActions } from './dossier-actions';
import { DossierReadsController } from './dossier-reads.controller';
import { DossierRegisterController } from './dossier-register.controller';

/** A query service of @office/read-models, built on the API's database and clock. */
function onestopQueries<T>(type: new (dataSource: DataSource, clock: Clock) => T): Provider {
  return { provide: type, useFactory: (dataSource: DataSource, clock: Clock) => new type(dataSource, clock), inject: [DataSource, CLOCK] };
}

/**
 * The one-stop desk's reads (API.md "One-stop desk" GET routes): the procedure catalogue,
 * dossiers, the one-stop queue and the Sổ theo dõi hồ sơ. `PublicDossierLookup` is exported
 * for the public status lookup. Every answer says `projectedPosition` and honours `?minPosition=`.
 */
@Module({
  imports: [ReadModelsModule],
  controllers: [ProcedureCatalogueController, DossierReadsController, DossierRegisterController],
  providers: [DossierActions, onestopQueries(ProcedureCatalogueQueries), onestopQueries(DossierQueries), onestopQueries(DossierRegisterQueries), onestopQueries(PublicDossierLookup)],
  exports: [PublicDossierLookup],
})
export class OnestopReadsModule {}
