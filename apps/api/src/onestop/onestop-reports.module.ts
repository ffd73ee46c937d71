import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../read-models/read-models.module';
import { DossierComplianceController } from './dossier-compliance.controller';
import { OnestopReportsController } from './onestop-reports.controller';

/**
 * The one-stop desk's reports: periodic statistics, the QĐ 766 panel and the ISO compliance of
 * the dossiers' process steps. The queries live in @office/read-models; the database and clock
 * come from the global ApiModule, the projection positions from ReadModelsModule.
 */
@Module({
  imports: [ReadModelsModule],
  controllers: [OnestopReportsController, DossierComplianceController],
})
export class OnestopReportsModule {}
