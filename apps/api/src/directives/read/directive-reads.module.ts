import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../../read-models/read-models.module';
import { DirectiveReadsController } from './directive-reads.controller';
import { DirectiveReportsController } from './directive-reports.controller';

/**
 * The directives' reads: the task register, one task, "my directives", the outcome report and the
 * briefing section. The queries live in @office/read-models; the database and clock come from the
 * global ApiModule. Every answer says `projectedPosition` and honours `?minPosition=`.
 */
@Module({
  imports: [ReadModelsModule],
  controllers: [DirectiveReadsController, DirectiveReportsController],
})
export class DirectiveReadsModule {}
