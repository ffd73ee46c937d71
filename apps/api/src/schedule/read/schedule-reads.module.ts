import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../../read-models/read-models.module';
import { PublicScheduleController } from './public-schedule.controller';
import { ScheduleReadsController } from './schedule-reads.controller';

/** The schedule's reads: the staff's week, and the public week and leaders' feeds (no login). */
@Module({
  imports: [ReadModelsModule],
  controllers: [ScheduleReadsController, PublicScheduleController],
})
export class ScheduleReadsModule {}
