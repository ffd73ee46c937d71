import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../../read-models/read-models.module';
import { ProgrammeReadsController } from './programme-reads.controller';

/** The programme's reads; the queries live in @office/read-models, the database and clock come from the global ApiModule. */
@Module({
  imports: [ReadModelsModule],
  controllers: [ProgrammeReadsController],
})
export class ProgrammeReadsModule {}
