import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../../read-models/read-models.module';
import { QualityReadsController } from './quality-reads.controller';

/**
 * The quality system's reads. The queries live in @office/read-models; the database and clock
 * come from the global ApiModule. Every answer says `projectedPosition` and honours `?minPosition=`.
 */
@Module({
  imports: [ReadModelsModule],
  controllers: [QualityReadsController],
})
export class QualityReadsModule {}
